#include "CSignalCleanup.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// Fixed storage, so the handler touches nothing but these arrays and async-signal-safe calls.
enum { slot_count = 32, path_capacity = 4096 };
static char paths[slot_count][path_capacity];
static int used[slot_count];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

int uql_cleanup_remember(const char *path) {
  size_t length = strlen(path);
  if (length >= path_capacity) return -1;
  pthread_mutex_lock(&lock);
  for (int slot = 0; slot < slot_count; slot++) {
    if (__atomic_load_n(&used[slot], __ATOMIC_ACQUIRE)) continue;
    memcpy(paths[slot], path, length + 1);
    // The path is whole before the handler can see the slot in use.
    __atomic_store_n(&used[slot], 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
    return slot;
  }
  pthread_mutex_unlock(&lock);
  return -1;
}

void uql_cleanup_forget(int slot) {
  if (slot < 0 || slot >= slot_count) return;
  __atomic_store_n(&used[slot], 0, __ATOMIC_RELEASE);
}

static void on_ending_signal(int signal_number) {
  int saved = errno;
  for (int slot = 0; slot < slot_count; slot++) {
    if (__atomic_load_n(&used[slot], __ATOMIC_ACQUIRE)) unlink(paths[slot]);
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, NULL);
  // Blocked while this handler runs: delivered, with the default action, when it returns.
  raise(signal_number);
  errno = saved;
}

int uql_cleanup_on_signals(void) {
  const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  sigset_t ending;
  sigemptyset(&ending);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    sigaddset(&ending, signals[i]);
  }
  // A parent may start uql with them blocked (Foundation's Process does): they would never end it.
  if (sigprocmask(SIG_UNBLOCK, &ending, NULL) != 0) return -1;
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction current;
    if (sigaction(signals[i], NULL, &current) != 0) return -1;
    if (current.sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_ending_signal;
    sigemptyset(&action.sa_mask);
    if (sigaction(signals[i], &action, NULL) != 0) return -1;
  }
  return 0;
}
