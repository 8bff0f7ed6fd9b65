// MariaDB Connector/C, the server project's own client library (Debian's libmariadb-dev): the runtime reads a
// registrar kept in MariaDB or MySQL through it. No Swift driver for MariaDB is in the package mirror, and the
// C library is the one every other driver (PHP's mysqli, Python's mariadb) is built on: prepared statements,
// unbuffered streaming of results, and the thread id that `KILL QUERY` needs.
#include <mysql.h>
#include <mysqld_error.h>
#include <errmsg.h>
