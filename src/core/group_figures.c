/* What the outputs show of a group: the privacy rule and the figures the
 * reports and the projection derive from the aggregate (see group.h). */
#include "spiegel/group.h"

#include <math.h>

bool group_suppressed(const struct group *g, size_t min_group)
{
	return g->n < min_group;
}

bool group_baseline_shown(const struct group *baseline, size_t min_group)
{
	return baseline && !group_suppressed(baseline, min_group);
}

bool group_compared(const struct group *g, const struct group *baseline, size_t min_group, size_t p,
		    const struct group_stat **now, const struct group_stat **base)
{
	if (!group_baseline_shown(baseline, min_group) || !g->compared || !baseline->compared)
		return false;
	*now = &g->compared[p];
	*base = &baseline->compared[p];
	return (*now)->n && (*base)->n;
}

size_t group_base_item(const struct group *g, const struct group *baseline, size_t min_group,
		       size_t i)
{
	if (!group_baseline_shown(baseline, min_group) || g->other != baseline->q)
		return GROUP_NO_ITEM;
	return g->items[i].other;
}

bool group_profile_shown(const struct group *g)
{
	return g->profile.present && g->q->profile && g->profile.participants > 0;
}

long group_change_tenths(const struct group_stat *now, const struct group_stat *base)
{
	return lround(now->mean * 10.0) - lround(base->mean * 10.0);
}

double group_approach_score(const struct group_profile *gp, size_t k)
{
	return gp->scenarios
		   ? (double)score_tenths((long long)gp->most[k] - (long long)gp->least[k],
					  (long long)gp->scenarios) /
			 10.0
		   : 0;
}

long group_percent(size_t n, size_t of)
{
	return of ? score_tenths(10 * (long long)n, (long long)of) : 0;
}
