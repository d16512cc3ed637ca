# Sourced by the drills in infra/backup (not run on its own): a browser-like session with curl —
# cookie jar, the CSRF token Thymeleaf puts into every form, sign-in with a demo account.
# Needs the caller's fail function and a web_cookies file path.

web_cookies=""

web_get() { # url → body
    curl -sS --fail --max-time 20 -b "$web_cookies" -c "$web_cookies" "$1"
}

# The CSRF token of the first form on the page.
web_csrf() { # url
    web_get "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)"/\1/'
}

# Posts a form (curl -F/--data-urlencode arguments after the url) with the page's CSRF token;
# prints the HTTP status and the redirect target.
web_post() { # form_page_url action_url [curl arguments…]
    local form_page="$1" action="$2" token
    shift 2
    token="$(web_csrf "$form_page")"
    [ -n "$token" ] || fail "no CSRF token on $form_page"
    curl -sS --max-time 60 -o /dev/null -w '%{http_code} %{redirect_url}\n' -b "$web_cookies" -c "$web_cookies" \
        -H "X-CSRF-TOKEN: $token" "$@" "$action"
}

web_sign_in() { # base_url email password
    local answer
    answer="$(web_post "$1/anmelden" "$1/anmelden" --data-urlencode "email=$2" --data-urlencode "password=$3")"
    case "$answer" in
        302*/anmelden\?*) fail "sign-in as $2 refused ($answer)" ;;
        302*/zweiter-faktor*) fail "sign-in as $2 asks for a second factor ($answer)" ;;
        302*) ;;
        *) fail "sign-in as $2 failed ($answer)" ;;
    esac
}
