/* Calendar days (see include/spiegel/date.h). The conversions are the
 * well-known civil-from-days algorithms, in whole numbers only. */
#include "spiegel/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long days_from_civil(long y, long m, long d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_to_ymd(long day, int *y, int *m, int *d)
{
	long z = day + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long dd = doy - (153 * mp + 2) / 5 + 1;
	long mm = mp + (mp < 10 ? 3 : -9);
	*y = (int)(yy + (mm <= 2));
	*m = (int)mm;
	*d = (int)dd;
}

static int month_days(int y, int m)
{
	static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : n[m - 1];
}

bool date_from_ymd(int y, int m, int d, long *day)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return false;
	*day = days_from_civil(y, m, d);
	return true;
}

/* Digits at *p: at least min, at most max of them, into *v. */
static bool digits(const char **p, int min, int max, int *v)
{
	int n = 0, x = 0;
	while (**p >= '0' && **p <= '9' && n < max) {
		x = x * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (n < min || (**p >= '0' && **p <= '9'))
		return false;
	*v = x;
	return true;
}

bool date_parse_iso(const char *s, long *day)
{
	int y, m, d;
	const char *p = s;
	if (strlen(s) != 10 || !digits(&p, 4, 4, &y) || *p++ != '-' || !digits(&p, 2, 2, &m) ||
	    *p++ != '-' || !digits(&p, 2, 2, &d) || *p)
		return false;
	return date_from_ymd(y, m, d, day);
}

bool date_parse(const char *s, long *day)
{
	while (*s == ' ')
		s++;
	char buf[40];
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (date_parse_iso(buf, day))
		return true;
	/* D-M-YYYY with one separator kind throughout */
	const char *p = buf;
	int y, m, d;
	if (!digits(&p, 1, 2, &d))
		return false;
	char sep = *p;
	if (sep != '-' && sep != '/' && sep != '.')
		return false;
	p++;
	if (!digits(&p, 1, 2, &m) || *p++ != sep || !digits(&p, 4, 4, &y) || *p)
		return false;
	return date_from_ymd(y, m, d, day);
}

bool date_from_stamp(const char *stamp, long *day)
{
	char buf[11];
	if (!stamp || strlen(stamp) < 10)
		return false;
	memcpy(buf, stamp, 10);
	buf[10] = '\0';
	return date_parse_iso(buf, day);
}

void date_iso(long day, char *buf, size_t size)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
}

void date_format(long day, char *buf, size_t size)
{
	static const char *const months[] = {"januari",	  "februari", "maart",	  "april",
					     "mei",	  "juni",     "juli",	  "augustus",
					     "september", "oktober",  "november", "december"};
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, size, "%d %s %d", d, months[(m - 1) % 12], y);
}

void date_format_typed(long day, char *buf, size_t size)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, size, "%02d-%02d-%04d", d, m, y);
}

void date_relative(long day, long today, char *buf, size_t size)
{
	long k = day - today;
	if (k == 0)
		snprintf(buf, size, "vandaag");
	else if (k == 1)
		snprintf(buf, size, "morgen");
	else if (k == -1)
		snprintf(buf, size, "gisteren");
	else if (k > 0)
		snprintf(buf, size, "over %ld dagen", k);
	else
		snprintf(buf, size, "%ld dagen geleden", -k);
}
