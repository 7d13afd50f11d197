#include "spiegel/intervisie.h"
