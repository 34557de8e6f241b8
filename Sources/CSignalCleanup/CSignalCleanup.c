#include "CSignalCleanup.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Fixed storage, so the handler touches nothing but these arrays and async-signal-safe calls.
enum { slot_count = 32, path_capacity = 4096 };
static char paths[slot_count][path_capacity];
static int used[slot_count];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

int uql_cleanup_create(const char *template, int *slot, char *path) {
  size_t length = strlen(template);
  *slot = -1;
  if (length >= path_capacity) {
    errno = ENAMETOOLONG;
    return -1;
  }
  pthread_mutex_lock(&lock);
  for (int s = 0; s < slot_count; s++) {
    if (__atomic_load_n(&used[s], __ATOMIC_ACQUIRE)) continue;
    // Remembered while still the template: a signal now unlinks a name that does not exist yet.
    memcpy(paths[s], template, length + 1);
    __atomic_store_n(&used[s], 1, __ATOMIC_RELEASE);
    *slot = s;
    break;
  }
  pthread_mutex_unlock(&lock);
  char *name = *slot >= 0 ? paths[*slot] : path;
  if (*slot < 0) memcpy(path, template, length + 1);
  int fd = mkstemps(name, 4);
  if (fd < 0) {
    int saved = errno;
    uql_cleanup_forget(*slot);
    *slot = -1;
    errno = saved;
    return -1;
  }
  if (name != path) memcpy(path, name, length + 1);
  return fd;
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
