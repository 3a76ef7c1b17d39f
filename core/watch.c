/* watch.c: reloads the counties when their catalogue or plugin files change
 * (banshi serve --watch), with inotify and a debounce.
 *
 * One thread watches every folder under the catalogues and plugins
 * folders (new folders are added as they appear). After a change it waits
 * until the files have been quiet for the debounce time, so that an editor
 * saving several files, or a git checkout, causes one reload; then it
 * reloads every county. A county whose files did not change reloads as a
 * no-op; a county whose new files are broken keeps serving its current
 * generation, and the errors are logged with file:line. */
#include "watch.h"

#include "buf.h"
#include "county.h"
#include "log.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#define MASK (IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)

static int fd = -1, stop_pipe[2] = {-1, -1};
static pthread_t thread;
static int started, debounce_ms;
static char *roots[2];

/* Watches dir and every folder below it. */
static void add_tree(const char *dir) {
    if (inotify_add_watch(fd, dir, MASK) < 0) {
        log_msg(LOG_WARN, "watch", "cannot watch %s: %s", dir, strerror(errno));
        return;
    }
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        buf path = BUF_INIT;
        buf_printf(&path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(buf_cstr(&path), &st) == 0 && S_ISDIR(st.st_mode))
            add_tree(buf_cstr(&path));
        buf_free(&path);
    }
    closedir(d);
}

static void reload_all(void) {
    for (int i = 0; i < county_count(); i++) {
        int changed;
        char hash[65];
        buf err = BUF_INIT;
        county *c = county_at(i);
        if (county_reload(c, "watch", &changed, hash, &err, NULL) != 0)
            log_msg(LOG_ERROR, "catalog_reload",
                    "county %s: reload after a file change failed, the previous generation "
                    "keeps serving: %s",
                    c->id, buf_cstr(&err));
        else if (changed)
            log_msg(LOG_INFO, "watch", "county %s reloaded after a file change: version %.12s",
                    c->id, hash);
        buf_free(&err);
    }
}

/* Reads pending events; new folders get watched. Returns 1 if any event
 * concerned a file or folder (not just our own bookkeeping). */
static int drain(void) {
    char events[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    int any = 0;
    for (;;) {
        ssize_t n = read(fd, events, sizeof events);
        if (n <= 0)
            return any;
        for (char *p = events; p < events + n;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            any = 1;
            if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)))
                any = 2; /* rescan below: we cannot tell the parent's path cheaply */
            p += sizeof *ev + ev->len;
        }
        if (any == 2) {
            for (int i = 0; i < 2; i++)
                if (roots[i])
                    add_tree(roots[i]);
        }
    }
}

static void *watch_main(void *arg) {
    pthread_setname_np(pthread_self(), "banshi-watch");
    (void)arg;
    struct pollfd pfd[2] = {{.fd = fd, .events = POLLIN}, {.fd = stop_pipe[0], .events = POLLIN}};
    int pending = 0;
    for (;;) {
        int rc = poll(pfd, 2, pending ? debounce_ms : -1);
        if (rc < 0 && errno == EINTR)
            continue;
        if (pfd[1].revents)
            break;
        if (rc > 0 && (pfd[0].revents & POLLIN)) {
            if (drain())
                pending = 1; /* wait for quiet */
            continue;
        }
        if (rc == 0 && pending) {
            pending = 0;
            reload_all();
        }
    }
    return NULL;
}

int watch_start(const char *catalogs_dir, const char *plugins_dir, int debounce, buf *err) {
    fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0 || pipe(stop_pipe) != 0) {
        buf_printf(err, "cannot watch the catalogue folder: %s", strerror(errno));
        return -1;
    }
    debounce_ms = debounce > 0 ? debounce : 300;
    roots[0] = strdup(catalogs_dir);
    struct stat st;
    roots[1] = plugins_dir && stat(plugins_dir, &st) == 0 && S_ISDIR(st.st_mode)
                   ? strdup(plugins_dir)
                   : NULL;
    for (int i = 0; i < 2; i++)
        if (roots[i])
            add_tree(roots[i]);
    if (pthread_create(&thread, NULL, watch_main, NULL) != 0) {
        buf_printf(err, "cannot start the watch thread");
        return -1;
    }
    started = 1;
    return 0;
}

void watch_stop(void) {
    if (started) {
        if (write(stop_pipe[1], "x", 1) < 0)
            log_msg(LOG_WARN, "watch", "cannot signal the watch thread");
        pthread_join(thread, NULL);
        started = 0;
    }
    for (int i = 0; i < 2; i++) {
        if (stop_pipe[i] >= 0)
            close(stop_pipe[i]);
        stop_pipe[i] = -1;
        free(roots[i]);
        roots[i] = NULL;
    }
    if (fd >= 0)
        close(fd);
    fd = -1;
}
