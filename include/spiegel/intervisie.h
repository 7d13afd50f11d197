#ifndef SPIEGEL_INTERVISIE_H
#define SPIEGEL_INTERVISIE_H

/* Intervisie: a coach's group record (placeholder, filled in by the
 * intervisie work). */

#endif
