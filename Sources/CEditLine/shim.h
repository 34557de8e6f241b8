// Typed wrappers over libedit for Swift, which cannot call C-variadic functions (el_set,
// el_get, history) or touch the C stdio globals under strict concurrency.
#ifndef UQL_CEDITLINE_SHIM_H
#define UQL_CEDITLINE_SHIM_H

#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/// A key binding's function: gets the editor and the key, returns a CC_* code.
typedef unsigned char (*uql_el_function)(EditLine *, int);
/// A prompt function: returns the prompt text, which must stay alive.
typedef char *(*uql_el_prompt)(EditLine *);

static const unsigned char UQL_CC_NORM = CC_NORM;
static const unsigned char UQL_CC_NEWLINE = CC_NEWLINE;
static const unsigned char UQL_CC_EOF = CC_EOF;
static const unsigned char UQL_CC_REFRESH = CC_REFRESH;
static const unsigned char UQL_CC_REDISPLAY = CC_REDISPLAY;
static const unsigned char UQL_CC_ERROR = CC_ERROR;

/// An editor on the process's standard streams.
static inline EditLine *uql_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

static inline int uql_el_set_prompt(EditLine *el, uql_el_prompt prompt) {
  return el_set(el, EL_PROMPT, prompt);
}

static inline int uql_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

/// Lets libedit catch SIGWINCH (resize) and SIGCONT while it reads a line.
static inline int uql_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

static inline int uql_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *uql_el_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int uql_el_add_function(EditLine *el, const char *name, const char *help, uql_el_function f) {
  return el_set(el, EL_ADDFN, name, help, f);
}

static inline int uql_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

/// Changes a terminal mode flag while editing, e.g. ("-d", "-isig").
static inline int uql_el_setty(EditLine *el, const char *mode, const char *flag) {
  return el_set(el, EL_SETTY, mode, flag, NULL);
}

/// Puts the terminal in editing mode (1) or back in its normal mode (0).
static inline int uql_el_prepare_terminal(EditLine *el, int on) {
  return el_set(el, EL_PREP_TERM, on);
}

/// Stops the process as Ctrl-Z does when the terminal generates signals; returns after `fg`.
static inline void uql_suspend(void) { kill(getpid(), SIGTSTP); }

static inline int uql_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

/// The line being edited as UTF-8 bytes and the cursor's byte offset in it.
static inline const char *uql_el_line(EditLine *el, int *length, int *cursor) {
  const LineInfo *info = el_line(el);
  *length = (int)(info->lastchar - info->buffer);
  *cursor = (int)(info->cursor - info->buffer);
  return info->buffer;
}

static inline History *uql_history_init(void) { return history_init(); }

static inline int uql_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

static inline int uql_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}

static inline int uql_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int uql_history_clear(History *h) {
  HistEvent event;
  return history(h, &event, H_CLEAR);
}

/// Writes text to stdout through the same buffer libedit uses, then flushes it.
static inline void uql_write_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

static volatile sig_atomic_t uql_interrupt_seen = 0;

static void uql_on_interrupt(int signal) {
  (void)signal;
  uql_interrupt_seen = 1;
}

/// Makes SIGINT set a flag instead of ending the process.
static inline int uql_catch_interrupt(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = uql_on_interrupt;
  sigemptyset(&action.sa_mask);
  return sigaction(SIGINT, &action, NULL);
}

/// Whether SIGINT arrived since the last call; clears the flag.
static inline int uql_take_interrupt(void) {
  int seen = uql_interrupt_seen;
  uql_interrupt_seen = 0;
  return seen;
}

#endif
