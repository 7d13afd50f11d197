#include "tui.h"

int tui_projection(const struct group *g, const struct group *baseline, size_t min_group)
{
	(void)g;
	(void)baseline;
	(void)min_group;
	return 1;
}
