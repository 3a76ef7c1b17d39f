/* cli_user.c: the `banshi user` command, which manages staff accounts and
 * API tokens directly in the database file (add, passwd, disable, enable,
 * list, token). Works whether or not the server runs (SQLite WAL lets both
 * write). Passwords come from standard input: read without echo, twice,
 * from a terminal; one line from a pipe, for scripts. Relies on auth.c and
 * store.c. */
#ifndef BANSHI_CLI_USER_H
#define BANSHI_CLI_USER_H

/* Runs `banshi user ...`; argv[0] is "user". Returns the exit status: 0 done,
 * 1 refused or failed (a message on stderr), 2 usage error. */
int cli_user(int argc, char **argv);

#endif
