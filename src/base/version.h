/* version.h - xsflow's version, shown by `xsflow version` and the admin
 * API's health check. */
#ifndef XS_BASE_VERSION_H
#define XS_BASE_VERSION_H

#define XSFLOW_VERSION "0.1.0"

#endif
