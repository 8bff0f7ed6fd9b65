// libpq, PostgreSQL's own client library: the runtime uses it for one thing PostgresNIO cannot do, reading
// the output of `COPY … TO STDOUT` (CSV exports at the database's own speed).
#include <libpq-fe.h>
