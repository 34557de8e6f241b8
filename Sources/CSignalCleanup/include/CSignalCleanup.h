#ifndef UQL_SIGNAL_CLEANUP_H
#define UQL_SIGNAL_CLEANUP_H

/// Creates a temporary file from `template` (ending in `XXXXXX` and a 4-character suffix, as for
/// mkstemps) remembered before it exists, so that no signal can come between its creation and
/// its remembering. Returns the open descriptor and sets `*slot` (-1 where no slot was free:
/// the file is then only pruned by a later run) and `path` (at least as long as `template`), or
/// returns -1 with errno set.
int uql_cleanup_create(const char *template, int *slot, char *path);

/// Forgets a slot once its file was renamed into place or removed.
void uql_cleanup_forget(int slot);

/// Makes SIGINT, SIGTERM, SIGHUP and SIGQUIT remove the remembered files and then end the
/// process by the signal's default action (so the parent sees the signal). They are unblocked
/// (a parent may have left them blocked); a signal the process was started ignoring (nohup, a
/// background job) stays ignored. Call before other threads start. Returns 0, or -1 on failure.
int uql_cleanup_on_signals(void);

#endif
