/* Runs a command and reports its wall time and peak memory, for bench.py.
 *
 *   exec-rss [-i IN] [-o OUT] -- PROGRAM ARGS...
 *
 * The command's stdin is IN and its stdout OUT (both /dev/null by default),
 * its stderr /dev/null. Prints one line: "WALL_NS RSS_KIB STATUS CPU_NS", CPU_NS
 * being the command's user and system time (from the kernel's exact
 * runtime, to the microsecond).
 *
 * Why a separate program: the peak RSS the kernel reports for a child
 * (wait4's ru_maxrss, the VmHWM of its last mm) also counts the memory of the
 * process image it was exec'd from. Spawned from Python that is Python's
 * own 10 MiB; spawned from this small static program it is a few hundred
 * KiB, below any measured command. The wall time is taken here too, from just
 * before the spawn to the reaped exit.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	const char *in = "/dev/null", *out = "/dev/null";
	int i = 1;
	for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "-i") == 0 && i + 1 < argc)
			in = argv[++i];
		else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			out = argv[++i];
		else
			break;
	}
	if (i >= argc || strcmp(argv[i], "--") != 0 || i + 1 >= argc) {
		fputs("usage: exec-rss [-i IN] [-o OUT] -- PROGRAM ARGS...\n", stderr);
		return 2;
	}
	char **cmd = argv + i + 1;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, in, O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	long long t0 = now_ns();
	pid_t pid;
	int err = posix_spawnp(&pid, cmd[0], &fa, NULL, cmd, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (err) {
		fprintf(stderr, "exec-rss: %s: %s\n", cmd[0], strerror(err));
		return 127;
	}
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0) {
		if (errno != EINTR) {
			perror("exec-rss: wait4");
			return 127;
		}
	}
	long long t1 = now_ns();
	int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	long long cpu = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
			((long long)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
	printf("%lld %ld %d %lld\n", t1 - t0, ru.ru_maxrss, status, cpu);
	return 0;
}
