#ifndef UQL_SIGNAL_CLEANUP_H
#define UQL_SIGNAL_CLEANUP_H

/// Remembers a temporary file to remove should a signal end the process. Returns its slot for
/// uql_cleanup_forget, or -1 when the path is too long or every slot is taken (the file is then
/// only pruned by a later run).
int uql_cleanup_remember(const char *path);

/// Forgets a slot once its file was renamed into place or removed.
void uql_cleanup_forget(int slot);

/// Makes SIGINT, SIGTERM, SIGHUP and SIGQUIT remove the remembered files and then end the
/// process by the signal's default action (so the parent sees the signal). They are unblocked
/// (a parent may have left them blocked); a signal the process was started ignoring (nohup, a
/// background job) stays ignored. Call before other threads start. Returns 0, or -1 on failure.
int uql_cleanup_on_signals(void);

#endif
