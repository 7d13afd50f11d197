#include "spiegel/group.h"
