# bash completion for spiegel                                -*- shell-script -*-
#
# Completes the commands, the options of each command, the values of
# --format, questionnaire ids and session ids. Everything comes from spiegel
# itself (its --help, `spiegel list`, `spiegel list --sessions`), so that
# the completion names exactly what the program accepts; the spiegel that
# is completed is the one on the command line (./build/spiegel too), with
# its --data-dir and --content-dir. Installed into bash-completion's
# completionsdir; test/plain/completion.sh checks it.

# _spiegel_run ARGS...: the spiegel being completed, with the data and
# content directories given on the command line so far.
_spiegel_run()
{
	local prog=${COMP_WORDS[0]} i dirs=()
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--data-dir | --content-dir)
			dirs+=("${COMP_WORDS[i]}" "${COMP_WORDS[i + 1]}")
			;;
		esac
	done
	prog=${prog/#\~/$HOME}
	"$prog" "${dirs[@]}" "$@" 2>/dev/null
}

# The options that take a value (from the help's "OPTIE WAARDE" forms).
_spiegel_takes_value()
{
	case $1 in
	--data-dir | --content-dir | --participant | --format | -o | --output | --focus | \
		--alias | --min-group | --baseline | -q | --questionnaire | --name | --round)
		return 0
		;;
	esac
	return 1
}

_spiegel_questionnaires()
{
	_spiegel_run list | awk 'NF { print $1 }'
}

_spiegel_sessions()
{
	_spiegel_run list --sessions | awk '$1 ~ /^[0-9]+-[0-9]+-[0-9a-f]+$/ { print $1 }'
}

_spiegel()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local cmd= nargs=0 i w
	COMPREPLY=()
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if [[ $w == -* ]]; then
			_spiegel_takes_value "$w" && ((i++))
		elif [[ -z $cmd ]]; then
			cmd=$w
		else
			((nargs++))
		fi
	done

	case $prev in
	--format)
		# the values the usage of this command names: [--format a|b|c]
		local formats
		formats=$(_spiegel_run ${cmd:+"$cmd"} --help |
			grep -o -- '--format [a-z|]*' | cut -d' ' -f2 | tr '|' '\n' | sort -u)
		COMPREPLY=($(compgen -W "$formats" -- "$cur"))
		return
		;;
	--data-dir | --content-dir)
		COMPREPLY=($(compgen -d -- "$cur"))
		return
		;;
	-o | --output)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	-q | --questionnaire)
		COMPREPLY=($(compgen -W "$(_spiegel_questionnaires)" -- "$cur"))
		return
		;;
	--baseline)
		COMPREPLY=($(compgen -W "$(_spiegel_questionnaires)" -- "$cur") $(compgen -d -- "$cur"))
		return
		;;
	--participant | --focus | --alias | --min-group | --name | --round)
		return
		;;
	esac

	if [[ $cur == -* ]]; then
		local opts
		if [[ -n $cmd ]]; then
			opts=$(_spiegel_run "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
		else
			opts=$(_spiegel_run --help | sed -n '/^Opties:/,/^$/p' |
				grep -o -- '--[a-z][a-z-]*' | sort -u)
		fi
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi

	if [[ -z $cmd ]]; then
		local cmds
		cmds=$(_spiegel_run --help | awk '/^  [a-z]/ { print $1 }')
		COMPREPLY=($(compgen -W "$cmds" -- "$cur"))
		return
	fi

	case $cmd in
	start | invite)
		((nargs == 0)) && COMPREPLY=($(compgen -W "$(_spiegel_questionnaires)" -- "$cur"))
		;;
	resume | report | delete | export)
		if ((nargs == 0)); then
			COMPREPLY=($(compgen -W "$(_spiegel_sessions)" -- "$cur") $(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
		elif [[ $cmd == report ]]; then
			COMPREPLY=($(compgen -f -- "$cur"))
		fi
		;;
	compare)
		((nargs < 2)) && COMPREPLY=($(compgen -W "$(_spiegel_sessions)" -- "$cur") $(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
		;;
	observe)
		((nargs == 0)) && COMPREPLY=($(compgen -f -X '!*.html' -- "$cur") $(compgen -d -- "$cur"))
		;;
	group | feedback | check)
		COMPREPLY=($(compgen -f -- "$cur"))
		;;
	esac
}
complete -F _spiegel spiegel
