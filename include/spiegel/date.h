#ifndef SPIEGEL_DATE_H
#define SPIEGEL_DATE_H

/*
 * Date: calendar days for voornemens, follow-ups and the portfolio. A day
 * is a whole number, the days since 1970-01-01 in the proleptic Gregorian
 * calendar, so that "overdue by 5 days" is a subtraction. Pure: today is
 * passed in by the shell (its local date, or SPIEGEL_TODAY in tests).
 *
 * Machine formats (JSON) keep ISO dates (date_iso: "2026-12-15"). Every date
 * a user reads goes through date_format, the one place that decides how a
 * date looks: the Dutch "15 december 2026" (report_date and the reports'
 * dates use it too).
 */

#include <stdbool.h>
#include <stddef.h>

/* No date (an open end of a period). */
#define DATE_NONE (-999999999L)
/* Days between 0001-01-01 and 9999-12-31 are accepted. */
#define DATE_BUF 32

/* The day of y-m-d, or false when it is not a real date (2026-02-29) or out
 * of range. */
bool date_from_ymd(int y, int m, int d, long *day);
void date_to_ymd(long day, int *y, int *m, int *d);

/* A date as a user or a file writes it: ISO "2026-12-15", or "15-12-2026"
 * (also "5-1-2027" and with '/' or '.': "15/12/2026", "15.12.2026"). Spaces
 * around it are allowed. false when it is none of these or not a real
 * date. */
bool date_parse(const char *s, long *day);
/* Only ISO "YYYY-MM-DD", exactly (for files). */
bool date_parse_iso(const char *s, long *day);
/* The UTC day of a stamp "2026-11-22T08:15:00Z" (its first ten
 * characters); false when it does not start with an ISO date. */
bool date_from_stamp(const char *stamp, long *day);

/* "2026-12-15" into buf (at least 11 bytes). */
void date_iso(long day, char *buf, size_t size);
/* The date as a user reads it, into buf (DATE_BUF bytes suffice): "15
 * december 2026". */
void date_format(long day, char *buf, size_t size);
/* The date as a user types it (date_parse reads it): "15-12-2026", for an
 * example beside a field. */
void date_format_typed(long day, char *buf, size_t size);
/* How far day is from today, in words: "vandaag", "morgen", "gisteren",
 * "over 5 dagen", "5 dagen geleden". */
void date_relative(long day, long today, char *buf, size_t size);

#endif
