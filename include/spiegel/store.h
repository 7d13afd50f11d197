#ifndef SPIEGEL_STORE_H
#define SPIEGEL_STORE_H

/*
 * Store: where data lives and how it reaches the disk.
 *
 * Data lives under a root directory (see store_resolve_root) with one
 * subdirectory "sessions" holding <id>.json files. Directories are 0700,
 * files 0600. Every write goes through store_write_file(): a temp file in the
 * same directory (O_EXCL | O_NOFOLLOW), a write loop, fsync, close, rename,
 * fsync of the directory. On a failure before the rename the old file is
 * untouched and the temp file removed; when only the final directory fsync
 * fails, the file is already the complete new version (reported all the
 * same, since its durability is not certain). All system calls of a write go through a struct
 * store_io so that tests can make any of them fail.
 */

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "spiegel/diag.h"

struct store_io {
	int (*openat)(void *ctx, int dirfd, const char *path, int flags, mode_t mode);
	ssize_t (*write)(void *ctx, int fd, const void *buf, size_t n);
	int (*fsync)(void *ctx, int fd);
	int (*close)(void *ctx, int fd);
	int (*renameat)(void *ctx, int olddir, const char *oldpath, int newdir,
			const char *newpath);
	int (*unlinkat)(void *ctx, int dirfd, const char *path, int flags);
	/* n unpredictable bytes into buf, for the names of temp files and new
	 * ids; false when there are none. Randomness is passed in like time:
	 * the core never reads it itself (the shell gives getrandom). */
	bool (*random_bytes)(void *ctx, void *buf, size_t n);
	void *ctx;
};

/* The plain POSIX calls for files, without randomness (random_bytes NULL):
 * a caller copies it and sets random_bytes. A store_io without
 * random_bytes cannot write a file (no temp name) or make an id. */
extern const struct store_io store_io_posix;

struct store {
	char *root;
	char *sessions; /* root/sessions */
	const struct store_io *io;
};

/* Choose the data root: override (--data-dir), else env_dir
 * (SPIEGEL_DATA_DIR), else xdg/spiegel when xdg is absolute, else
 * home/.local/share/spiegel. Returns malloc'd path or NULL with a message. */
char *store_resolve_root(const char *override, const char *env_dir, const char *xdg,
			 const char *home, struct diag *d);

/* Create root and root/sessions (0700) as needed and check them: a real
 * directory, ours, not writable by group or others. io is what every write
 * of the store goes through (kept in st->io, not copied: it outlives st). */
bool store_open(struct store *st, const char *root, const struct store_io *io, struct diag *d);
void store_finish(struct store *st);

/* Atomically replace path with data (mode 0600). */
bool store_write_file(const struct store_io *io, const char *path, const void *data, size_t len,
		      struct diag *d);

/* The same without fsync, for a cache (data made again from the files it
 * was made of): never half written under its name, but after a crash the
 * old version or an empty file may be there. */
bool store_write_cache(const struct store_io *io, const char *path, const void *data, size_t len,
		       struct diag *d);

/*
 * Writing an output as it is made, not first whole in memory: a producer
 * writes the bytes through a sink, store_sink_write. A file is written the
 * same way as by store_write_file (a temp file, renamed when complete); the
 * producer may be called again for a new attempt (an interrupted fsync), so
 * it must write the same bytes each time. A producer returns false to stop
 * (nothing is then written, the temp file is removed).
 */
struct store_sink {
	bool (*write)(struct store_sink *out, const void *data, size_t len);
	/* for the core's own sinks */
	const struct store_io *io;
	int fd;
	const char *path;
	struct diag *d;
	void *ctx; /* for a caller's own sink */
};
typedef bool (*store_produce_fn)(void *ctx, struct store_sink *out);
/* Write data through out; false when the write failed (said in out's
 * diag for the core's sinks). */
bool store_sink_write(struct store_sink *out, const void *data, size_t len);
bool store_write_file_stream(const struct store_io *io, const char *path, store_produce_fn produce,
			     void *ctx, struct diag *d);

/*
 * Output files: what -o of a command (and the intervisie export) writes. An
 * output never replaces what the same run read (compared by device and
 * inode, links followed), a file in spiegel's own data directories, or a
 * spiegel data file (a session, an intervisie group, content; a hand-in
 * unless a hand-in is written); it refuses a directory, a dangling link, a
 * block device and a socket; it writes into a character device or FIFO as
 * it is (never replacing /dev/null); a new or regular file is replaced
 * atomically with store_write_file, where it really is (a link stays).
 */
struct store_file_id {
	dev_t dev;
	ino_t ino;
};
/* The files a run read. A run that reads many files and writes one output
 * (a group report) watches that output instead: only whether the file it
 * names now was read is kept, and an output that is not the same file when
 * it is written as when the watch began is refused. */
struct store_inputs {
	struct store_file_id *v;
	size_t n, cap;
	bool failed; /* out of memory: a file could not be recorded */
	bool watching, target_there, hit;
	struct store_file_id target;
};
void store_inputs_init(struct store_inputs *in);
/* Watch output (links followed; NULL: no output file, nothing is kept).
 * Call before the first file is read. */
void store_inputs_watch(struct store_inputs *in, const char *output);
/* Record the file at path (links followed); false on OOM. */
bool store_inputs_add(struct store_inputs *in, const char *path);
/* Record a file by its identity (the stat of the file read); false on OOM. */
bool store_inputs_add_id(struct store_inputs *in, struct store_file_id id);
void store_inputs_finish(struct store_inputs *in);

struct store_output_rules {
	const struct store_inputs *inputs; /* NULL: none */
	const char *const *data_dirs;	   /* spiegel's own data directories */
	size_t n_dirs;
	bool handin; /* the output is a hand-in: it may replace a hand-in */
};
/* Write data to the output file path under rules (NULL: no inputs, no data
 * directories). false with a message when refused or when writing fails. */
bool store_write_output(const struct store_io *io, const char *path, const void *data, size_t len,
			const struct store_output_rules *rules, struct diag *d);
/* The same for an output a producer writes (store_write_file_stream). */
bool store_write_output_stream(const struct store_io *io, const char *path,
			       store_produce_fn produce, void *ctx,
			       const struct store_output_rules *rules, struct diag *d);

/* Remove temp files left behind by an interrupted write of a session:
 * only those whose session lock can be taken (so never the temp file of a
 * save in progress in another process, which holds that lock). Returns the
 * count. */
int store_clean_temp(const struct store *st);

/* Whether len bytes stay within max, what the loader of the file reads;
 * false with a message naming path when not. */
bool store_check_size(const char *path, size_t len, size_t max, struct diag *d);

/* Writes json (len bytes from a module's *_to_json; NULL when that ran out
 * of memory) atomically to path (store_write_file), but only when it stays
 * within max, what the file's loader reads: what the loader would refuse is
 * never written. Frees json. false with a message naming path when not. */
bool store_save_json(const struct store_io *io, const char *path, char *json, size_t len,
		     size_t max, struct diag *d);

/* A new session id: "YYYYMMDD-HHMMSS-xxxxxx" (UTC, random hex from
 * io->random_bytes). false when buf is too small or there is no
 * randomness. */
bool store_new_id(const struct store_io *io, char *buf, size_t size, time_t now);

/* "<sessions>/<id>.json", malloc'd. */
char *store_session_path(const struct store *st, const char *id);

/* SESSION argument: a path (contains '/' or ends in .json) or an id.
 * Returns a malloc'd path or NULL with a message. */
char *store_find_session(const struct store *st, const char *arg, struct diag *d);

/* Ids of all session files, sorted, malloc'd array of malloc'd strings. */
bool store_list_sessions(const struct store *st, char ***ids, size_t *n, struct diag *d);
void store_free_list(char **ids, size_t n);

/* Take the editing lock of a session (flock on <id>.lock). Returns the lock
 * fd, or -1 with a message naming the process (pid, host) that holds it.
 * A lock file is used only when it is a regular file of ours with a single
 * name: a hard link, symbolic link, FIFO or device there is refused, never
 * truncated or written. */
int store_lock_session(const struct store *st, const char *id, const char *host, long pid,
		       struct diag *d);
void store_unlock(int fd);
/* The same for any file <dir>/<id>.json: the lock is <dir>/<id>.lock; what
 * names the thing in the message ("sessie", "groep"). */
int store_lock_file(const char *dir, const char *id, const char *what, const char *host, long pid,
		    struct diag *d);

/* A kind of file kept as <dir>/<id>.json, with its lock <dir>/<id>.lock and
 * the temp files of its saves <dir>/<id>.json.tmp-* beside it: sessions,
 * intervisie groups, voornemens. One static table per module. */
struct store_kind {
	bool (*id_ok)(const char *id); /* what an id of this kind is */
	const char *id_noun;	       /* "sessie-id": "\"x\" is geen sessie-id" */
	const char *what;	       /* "sessie": "sessie x is al geopend door ..." */
};
/* store_lock_file for an id that kind->id_ok accepts; -1 with "\"<id>\" is
 * geen <id_noun>" (and no lock file touched) for any other id. */
int store_lock_id(const char *dir, const struct store_kind *kind, const char *id, const char *host,
		  long pid, struct diag *d);
/* each(ctx, id, d) for every file <id>.json in dir whose id kind->id_ok
 * accepts, in the order readdir gives them, until one returns false. false
 * when dir cannot be read ("<dir>: map kan niet worden gelezen (...)") or
 * when each returned false (its message). */
bool store_each_id(const char *dir, const struct store_kind *kind,
		   bool (*each)(void *ctx, const char *id, struct diag *d), void *ctx,
		   struct diag *d);
/* Remove the temp files in dir left behind by an interrupted save of a file
 * of this kind: only those whose lock can be taken (quietly; never the temp
 * file of a save in progress in another process, which holds that lock) and
 * whose id kind->id_ok accepts. Returns the count; 0 when dir cannot be
 * read. */
int store_clean_temp_dir(const char *dir, const struct store_kind *kind);
/* Remove <id>.json, <id>.lock and <id>.json.tmp-* from dir, under the lock
 * of id (store_lock_id: its messages). false with "<dir>: map kan niet
 * worden gelezen (...)" or "<dir>/<name>: kan niet worden verwijderd (...)"
 * (the other files are still removed). */
bool store_delete_id(const char *dir, const struct store_kind *kind, const char *id,
		     struct diag *d);
/* The lock of the session file at path, wherever it lies: <dir>/<name>.lock
 * next to it (name: the file name without ".json"). Tied to the file, not
 * to the data directory in use: opening the same file through another
 * --data-dir or another path finds the same lock. */
int store_lock_session_file(const char *path, const char *host, long pid, struct diag *d);

/* root/name, created (0700) and checked like the sessions directory; malloc'd
 * path, or NULL with a message. */
char *store_subdir(const struct store *st, const char *name, struct diag *d);

/* Remove session id and every file belonging to it (its lock file and any
 * temp files). Refuses while another process has it open. */
bool store_delete_session(const struct store *st, const char *id, struct diag *d);

#endif
