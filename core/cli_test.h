/* cli_test.c: `banshi test PLUGIN_DIR`, the plugin testing kit.
 *
 * Runs a plugin's own tests (the .lua files of PLUGIN_DIR/tests) against a real server:
 * a temporary folder and database, `banshi serve` (this same binary, as a
 * child process) on a loopback port with --test-clock, an operator token and
 * the plugin enabled in one serving county, then each test file in a plain
 * Lua state of its own with the `t` library (lua/banshi/testkit.lua). Prints
 * "PASS name" or "FAIL name: why" per case and "N passed, N failed"; stops
 * the server with SIGTERM and removes the folder. docs/plugins.md describes
 * it for plugin authors. Relies on client.c for HTTP and on the embedded
 * Lua library (banshi.catalog to pick the county and its catalogue chain). */
#ifndef BANSHI_CLI_TEST_H
#define BANSHI_CLI_TEST_H

/* Runs `banshi test ...`; argv[0] is "test". Returns the exit status: 0 when
 * every case passed (and at least one ran), 1 on a failure, 2 on a usage
 * error. */
int cli_test(int argc, char **argv);

#endif
