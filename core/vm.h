/* vm.c: one sandboxed Lua 5.4 state with memory, instruction and time budgets.
 *
 * A vm belongs to one county generation. Every entry into Lua goes through
 * vm_call() or vm_call_budget(), which must be made with the vm locked; it installs the traceback
 * handler and arms the budgets for that one call. A call that overruns a budget fails with an error
 * naming the county and file:line; once a budget trips, a hook fires on every line and count so
 * that pcall inside the script cannot swallow the kill. The state stays usable
 * for later calls.
 *
 * The state exposes to platform code (the embedded lua/banshi library) the safe
 * standard library plus `require` over an allow-list of banshi.* modules;
 * catalogue and plugin code receive a narrower environment from the platform
 * loader. Relies on Lua 5.4 and the module table in vm_modules.c.
 *
 * Texts loaded through the state's load() and require() are compiled once
 * per process: the compiled form of each (text, chunk name) is kept and
 * reused by every state (see load_text in vm.c).
 *
 * What the instruction and time budgets meter: every call starts metered
 * (the count hook armed on the state's main thread), so whatever it runs
 * is counted unless the platform says otherwise. Trusted platform code on
 * a hot path (a submission, a workflow action) may stop metering for its
 * own work (vm_meter(L, 0), banshi.budget.trust) and meters again around
 * each piece of county or plugin code it runs (banshi.budget.metered):
 * the count hook makes Lua stop at every VM instruction, which cost a
 * seventh of a submission. County and plugin code therefore always runs
 * metered; the platform's own code is trusted and bounded like the C core.
 * The memory budget is always in force.
 *
 * Invariants:
 *   1. v->L is touched only by the thread holding v->lock.
 *   2. mem_used equals the bytes currently allocated by the state (blocks
 *      kept in the pool for reuse are not counted).
 *   3. Between calls, tripped == 0 and the hook counts with period VM_HOOK_PERIOD.
 *   4. Once a budget trips (or an allocation was refused), the hook fires
 *      on every line and count, of the main thread and of the coroutine
 *      where it tripped, until the call ends: vm_meter changes nothing then. */
#ifndef BANSHI_VM_H
#define BANSHI_VM_H

#include "buf.h"

#include <lua.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* Blocks of up to VM_POOL_CLASSES * VM_POOL_GRAIN bytes are pooled. */
#define VM_POOL_GRAIN   16
#define VM_POOL_CLASSES 32

typedef struct vm_limits {
    size_t mem_bytes;    /* memory budget of the whole state */
    uint64_t call_instr; /* instruction budget per call */
    double call_seconds; /* wall-clock budget per call */
} vm_limits;

typedef struct vm {
    lua_State *L;
    pthread_mutex_t lock;
    char county[64];
    vm_limits limits;
    /* accounting, read without the lock by /metrics */
    _Atomic size_t mem_used;
    _Atomic size_t mem_peak;
    _Atomic uint64_t instr_total;
    _Atomic uint64_t calls;
    _Atomic uint64_t errors;
    _Atomic uint64_t budget_kills;
    /* per-call state, under lock */
    uint64_t instr_now;
    double deadline;
    int tripped; /* 0, or which budget: 1 instructions, 2 time, 3 memory */
    int in_call;
    int mem_refused;
    char mem_where[160];
    char trip_where[160]; /* file:line where the budget first ran out */
    void *ctx;            /* per-call context for C modules, cleared after each call */
    /* small blocks the state freed, kept for reuse (see vm_alloc), under lock */
    void *pool[VM_POOL_CLASSES];
    size_t pool_bytes;
    void *owner; /* the generation that owns this vm, once it is published */
} vm;

/* The default budgets: 64 MiB, 50 million instructions, 2 seconds. */
void vm_default_limits(vm_limits *lim);

/* Creates a state for county (copied). Returns NULL on failure with a
 * message in err. Caller owns the vm and frees it with vm_free. */
vm *vm_new(const char *county, const vm_limits *lim, buf *err);
void vm_free(vm *v);

/* Drops the compiled texts kept for all states (at shutdown, in tests). */
void vm_forget_texts(void);

void vm_lock(vm *v);
void vm_unlock(vm *v);

/* Calls the function below nargs arguments on v->L's stack, like lua_pcall,
 * with the budgets armed. The vm must be locked. On success returns 0 with
 * nresults values pushed. On failure returns -1, pushes nothing, and appends
 * the message with its traceback (file:line relative to the catalogues
 * folder) to err. */
int vm_call(vm *v, int nargs, int nresults, buf *err);

/* vm_call with explicit instruction and time budgets for this one call
 * (loading a large catalogue needs more than a request does). */
int vm_call_budget(vm *v, int nargs, int nresults, uint64_t instr, double seconds, buf *err);

/* For C functions already running inside vm_call: pushes
 * require(module)[fn]. Raises when the module or the function is missing. */
void vm_push_function(lua_State *L, const char *module, const char *fn);

/* Pushes require(name) onto the stack through vm_call. Returns 0 or -1. */
int vm_require(vm *v, const char *name, buf *err);

/* Seconds on the monotonic clock. */
double vm_now(void);

/* Turns metering of the running thread L (a county state's main thread or
 * one of its coroutines) on or off for the rest of the current call, or
 * until changed again; the next vm_call starts metered whatever was left.
 * Returns whether it was on. After a budget tripped it changes nothing
 * (invariant 4) and returns 1. Only for C functions running inside
 * vm_call. */
int vm_meter(lua_State *L, int on);

/* Returns the vm that owns L (stored in the state's extra space). */
vm *vm_of(lua_State *L);

#endif
