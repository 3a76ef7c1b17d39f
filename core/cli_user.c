#include "cli_user.h"

#include "store_audit.h"

#include "auth.h"
#include "store.h"
#include "store_auth.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static const char user_help[] =
    "usage: banshi user COMMAND [options]\n"
    "Manages staff accounts and API tokens directly in the database.\n"
    "  add      --county C --role ROLE [--department D]... [--name DISPLAY] USERNAME\n"
    "  passwd   --county C USERNAME\n"
    "  disable  --county C USERNAME\n"
    "  enable   --county C USERNAME\n"
    "  list     [--county C] [--json]\n"
    "  token    --county C USERNAME --name NAME [--days N]\n"
    "Every command takes --db PATH (default var/banshi.db) and --help.\n"
    "Roles: clerk (窗口受理), reviewer (部门审查; needs --department), supervisor (督查),\n"
    "county_admin, operator (county \"*\", all counties).\n";

static const char add_help[] =
    "usage: banshi user add --county C --role ROLE [--department D]... [--name DISPLAY]\n"
    "                       [--db PATH] USERNAME\n"
    "Creates an account. The password is read from standard input: twice and without\n"
    "echo from a terminal, one line from a pipe. At least 10 characters.\n"
    "  --county C        the county (an operator's is \"*\", the default for --role operator)\n"
    "  --role ROLE       clerk, reviewer, supervisor, county_admin or operator\n"
    "  --department D    a reviewer's department code; repeat it, or give D1,D2 (up to 8)\n"
    "  --name DISPLAY    the name shown to colleagues, e.g. 张三 (default: USERNAME)\n"
    "USERNAME matches ^[a-z][a-z0-9_.-]{2,31}$.\n";

static const char passwd_help[] =
    "usage: banshi user passwd --county C [--db PATH] USERNAME\n"
    "Sets a new password, read from standard input as for add. Ends the account's\n"
    "sessions and lifts a sign-in refusal; its API tokens keep working.\n";

static const char disable_help[] =
    "usage: banshi user disable|enable --county C [--db PATH] USERNAME\n"
    "disable: the account can no longer sign in, its sessions end at once and its API\n"
    "tokens stop working. enable: undoes that (sessions stay ended).\n";

static const char list_help[] = "usage: banshi user list [--county C] [--json] [--db PATH]\n"
                                "Lists the accounts of county C (default: every county).\n";

static const char token_help[] =
    "usage: banshi user token --county C --name NAME [--days N] [--db PATH] USERNAME\n"
    "Creates an API token acting as USERNAME for machine clients (header\n"
    "'Authorization: Bearer TOKEN'), valid N days (default 90, at most 730). The token\n"
    "is printed once on standard output; only its hash is stored.\n";

typedef struct user_args {
    const char *db;
    const char *county;
    const char *role;
    const char *name;
    const char *departments[AUTH_MAX_DEPARTMENTS];
    int ndep;
    char dep_storage[AUTH_MAX_DEPARTMENTS][40];
    int days;
    int json;
    const char *username;
} user_args;

/* Parses the options; returns 0, 1 after --help, 2 on a usage error. */
static int parse(int argc, char **argv, const char *help, user_args *a) {
    memset(a, 0, sizeof *a);
    a->db = "var/banshi.db";
    a->days = 90;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(help, stdout);
            return 1;
        }
        if (o[0] != '-') {
            if (a->username) {
                fprintf(stderr, "banshi user: one USERNAME only (got %s and %s)\n", a->username, o);
                return 2;
            }
            a->username = o;
            continue;
        }
        if (strcmp(o, "--json") == 0) {
            a->json = 1;
            continue;
        }
        if (!v) {
            fprintf(stderr, "banshi user: %s needs a value\n%s", o, help);
            return 2;
        }
        i++;
        if (strcmp(o, "--db") == 0) {
            a->db = v;
        } else if (strcmp(o, "--county") == 0) {
            a->county = v;
        } else if (strcmp(o, "--role") == 0) {
            a->role = v;
        } else if (strcmp(o, "--name") == 0) {
            a->name = v;
        } else if (strcmp(o, "--days") == 0) {
            char *end;
            errno = 0;
            long d = strtol(v, &end, 10);
            if (errno || end == v || *end || d < 1 || d > 730) {
                fprintf(stderr, "banshi user: --days wants a whole number from 1 to 730\n");
                return 2;
            }
            a->days = (int)d;
        } else if (strcmp(o, "--department") == 0) {
            for (const char *p = v; *p;) {
                size_t n = strcspn(p, ",");
                if (a->ndep == AUTH_MAX_DEPARTMENTS || n >= sizeof a->dep_storage[0]) {
                    fprintf(stderr,
                            "banshi user: at most %d departments, each up to 32 "
                            "characters\n",
                            AUTH_MAX_DEPARTMENTS);
                    return 2;
                }
                snprintf(a->dep_storage[a->ndep], sizeof a->dep_storage[0], "%.*s", (int)n, p);
                a->departments[a->ndep] = a->dep_storage[a->ndep];
                a->ndep++;
                p += n + (p[n] == ',');
            }
        } else {
            fprintf(stderr, "banshi user: unknown option %s\n%s", o, help);
            return 2;
        }
    }
    return 0;
}

/* Reads one line of at most AUTH_PASSWORD_MAX bytes into out (n bytes),
 * without echo when standard input is a terminal. Returns 0 or -1. */
static int read_line(const char *prompt, char *out, size_t n) {
    int tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &old) == 0) {
            quiet = old;
            quiet.c_lflag &= ~(tcflag_t)ECHO;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        } else {
            tty = 0;
        }
    }
    int rc = fgets(out, (int)n, stdin) ? 0 : -1;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    if (rc != 0)
        return -1;
    size_t len = strcspn(out, "\r\n");
    if (out[len] == '\0' && len == n - 1) {
        /* No end of line within the buffer: longer than any password may be. */
        sodium_memzero(out, n);
        return -1;
    }
    out[len] = '\0';
    return 0;
}

/* Reads the new password into pw (AUTH_PASSWORD_MAX + 2 bytes). */
static int read_password(char *pw, size_t n) {
    if (read_line("new password: ", pw, n) != 0) {
        fprintf(stderr, "banshi user: no password on standard input (at most %d bytes)\n",
                AUTH_PASSWORD_MAX);
        return -1;
    }
    if (!isatty(STDIN_FILENO))
        return 0;
    char again[AUTH_PASSWORD_MAX + 2];
    int same = read_line("again: ", again, sizeof again) == 0 && strcmp(pw, again) == 0;
    sodium_memzero(again, sizeof again);
    if (!same) {
        fputs("banshi user: the two passwords differ\n", stderr);
        return -1;
    }
    return 0;
}

static int db_opened;

/* Opens the database (creating it only when create) and starts auth. */
static int open_db(const user_args *a, int create) {
    if (!create && access(a->db, F_OK) != 0) {
        fprintf(stderr, "banshi user: no database at %s (give --db PATH)\n", a->db);
        return -1;
    }
    buf err = BUF_INIT;
    db_opened = 1;
    int rc = (!create || store_make_parent_dir(a->db, &err) == 0) && store_open(a->db, &err) == 0 &&
                     auth_init(NULL, &err) == 0
                 ? 0
                 : -1;
    if (rc != 0)
        fprintf(stderr, "banshi user: %s\n", buf_cstr(&err));
    buf_free(&err);
    return rc;
}

/* Account changes made here go into the staff audit log like the API's:
 * the actor is "cli:" and the login name of whoever ran the command. */
static void cli_audit(const char *county, const char *action, const char *target,
                      const char *detail) {
    const char *who = getenv("SUDO_USER");
    if (!who || !*who)
        who = getenv("USER");
    char actor[80];
    snprintf(actor, sizeof actor, "cli:%s", who && *who ? who : "unknown");
    buf err = BUF_INIT;
    if (store_audit_append(county, actor, "local", action, target, detail, &err) != 0)
        fprintf(stderr, "banshi user: could not write the audit log: %s\n", buf_cstr(&err));
    buf_free(&err);
}

static int need(const char *value, const char *what, const char *help) {
    if (value)
        return 0;
    fprintf(stderr, "banshi user: %s is required\n%s", what, help);
    return -1;
}

static int cmd_add(const user_args *a) {
    const char *county = a->county;
    if (!county && a->role && strcmp(a->role, "operator") == 0)
        county = "*";
    if (need(county, "--county", add_help) || need(a->role, "--role", add_help) ||
        need(a->username, "USERNAME", add_help))
        return 2;
    /* The grammar first, so that nobody types a password for nothing. */
    if (!auth_valid_role(a->role) || !auth_valid_county(county) ||
        !auth_valid_username(a->username)) {
        fprintf(stderr, "banshi user add: %s\n",
                !auth_valid_role(a->role)    ? "--role must be clerk, reviewer, supervisor, "
                                               "county_admin or operator"
                : !auth_valid_county(county) ? "--county must match ^[a-z][a-z0-9_]{0,31}$ or be *"
                                             : "USERNAME must match ^[a-z][a-z0-9_.-]{2,31}$");
        return 2;
    }
    char pw[AUTH_PASSWORD_MAX + 2];
    buf err = BUF_INIT;
    int rc = 1;
    if (read_password(pw, sizeof pw) != 0 || open_db(a, 1) != 0)
        goto done;
    if (auth_account_create(county, a->username, a->name, a->role, a->departments, a->ndep, pw,
                            &err) != AUTH_OK) {
        fprintf(stderr, "banshi user add: %s\n", buf_cstr(&err));
        goto done;
    }
    cli_audit(county, "account.add", a->username, a->role);
    printf("created %s %s/%s (%s)", a->role, county, a->username, a->name ? a->name : a->username);
    for (int i = 0; i < a->ndep; i++)
        printf("%s%s", i ? "," : ", departments ", a->departments[i]);
    putchar('\n');
    rc = 0;
done:
    sodium_memzero(pw, sizeof pw);
    buf_free(&err);
    return rc;
}

static int cmd_passwd(const user_args *a) {
    if (need(a->county, "--county", passwd_help) || need(a->username, "USERNAME", passwd_help))
        return 2;
    char pw[AUTH_PASSWORD_MAX + 2];
    buf err = BUF_INIT;
    int rc = 1;
    if (open_db(a, 0) != 0 || read_password(pw, sizeof pw) != 0)
        goto done;
    if (auth_set_password(a->county, a->username, pw, &err) != AUTH_OK) {
        fprintf(stderr, "banshi user passwd: %s\n", buf_cstr(&err));
        goto done;
    }
    cli_audit(a->county, "account.password", a->username, "done");
    printf("changed the password of %s/%s; its sessions have ended\n", a->county, a->username);
    rc = 0;
done:
    sodium_memzero(pw, sizeof pw);
    buf_free(&err);
    return rc;
}

static int cmd_disable(const user_args *a, int disabled) {
    if (need(a->county, "--county", disable_help) || need(a->username, "USERNAME", disable_help))
        return 2;
    if (open_db(a, 0) != 0)
        return 1;
    buf err = BUF_INIT;
    int rc = auth_set_disabled(a->county, a->username, disabled, &err) == AUTH_OK ? 0 : 1;
    if (!rc)
        cli_audit(a->county, disabled ? "account.disable" : "account.enable", a->username, "done");
    if (rc)
        fprintf(stderr, "banshi user %s: %s\n", disabled ? "disable" : "enable", buf_cstr(&err));
    else if (disabled)
        printf("disabled %s/%s: its sessions have ended and its API tokens stop working\n",
               a->county, a->username);
    else
        printf("enabled %s/%s\n", a->county, a->username);
    buf_free(&err);
    return rc;
}

static int print_row(const store_account *a, void *ctx) {
    (void)ctx;
    printf("%-12s %-20s %-13s %-8s %-24s %s\n", a->county, a->username, a->role,
           a->disabled ? "disabled" : "active", a->departments[0] ? a->departments : "-",
           a->display);
    return 0;
}

static int cmd_list(const user_args *a) {
    if (a->username) {
        fputs(list_help, stderr);
        return 2;
    }
    if (open_db(a, 0) != 0)
        return 1;
    buf err = BUF_INIT, out = BUF_INIT;
    int rc = 1;
    if (a->json) {
        if (auth_list(a->county, &out, &err) == AUTH_OK) {
            printf("%s\n", buf_cstr(&out));
            rc = 0;
        }
    } else {
        printf("%-12s %-20s %-13s %-8s %-24s %s\n", "COUNTY", "USERNAME", "ROLE", "STATUS",
               "DEPARTMENTS", "NAME");
        rc = store_account_each(a->county, print_row, NULL, &err) < 0;
    }
    if (rc)
        fprintf(stderr, "banshi user list: %s\n", buf_cstr(&err));
    buf_free(&out);
    buf_free(&err);
    return rc;
}

static int cmd_token(const user_args *a) {
    if (need(a->county, "--county", token_help) || need(a->username, "USERNAME", token_help) ||
        need(a->name, "--name", token_help))
        return 2;
    if (open_db(a, 0) != 0)
        return 1;
    buf err = BUF_INIT;
    principal who;
    int disabled = 0, rc = 1;
    char token[65];
    if (auth_account_find(a->county, a->username, &who, &disabled, &err) != AUTH_OK ||
        auth_token_create(who.account_id, a->name, (int64_t)a->days * 86400, token, &err) !=
            AUTH_OK) {
        fprintf(stderr, "banshi user token: %s\n", buf_cstr(&err));
        goto done;
    }
    cli_audit(a->county, "account.token", a->username, a->name);
    printf("%s\n", token);
    fflush(stdout);
    sodium_memzero(token, sizeof token);
    fprintf(stderr,
            "API token '%s' for %s/%s, valid %d days. It is shown only this once: keep it in "
            "a secret store.%s\n",
            a->name, a->county, a->username, a->days,
            disabled ? " The account is disabled: the token works once it is enabled." : "");
    rc = 0;
done:
    buf_free(&err);
    return rc;
}

int cli_user(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(user_help, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    static const struct {
        const char *name;
        const char *help;
    } cmds[] = {{"add", add_help},        {"passwd", passwd_help}, {"disable", disable_help},
                {"enable", disable_help}, {"list", list_help},     {"token", token_help}};
    const char *help = NULL;
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (strcmp(cmd, cmds[i].name) == 0)
            help = cmds[i].help;
    if (!help) {
        fprintf(stderr, "banshi user: unknown command '%s'\n%s", cmd, user_help);
        return 2;
    }
    user_args a;
    int rc = parse(argc - 1, argv + 1, help, &a);
    if (rc != 0)
        return rc == 1 ? 0 : 2;
    if (strcmp(cmd, "add") == 0)
        rc = cmd_add(&a);
    else if (strcmp(cmd, "passwd") == 0)
        rc = cmd_passwd(&a);
    else if (strcmp(cmd, "disable") == 0)
        rc = cmd_disable(&a, 1);
    else if (strcmp(cmd, "enable") == 0)
        rc = cmd_disable(&a, 0);
    else if (strcmp(cmd, "list") == 0)
        rc = cmd_list(&a);
    else
        rc = cmd_token(&a);
    if (db_opened)
        store_close();
    return rc;
}
