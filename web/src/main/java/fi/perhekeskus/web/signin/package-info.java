/**
 * Sign-in: who is asking, matched to the professional directory. In the embedded default the demo
 * directory signs in with passwords (a login form for browsers, HTTP Basic for the API). Every
 * refusal to an API caller is an RFC 9457 problem, never a redirect to a login page.
 */
package fi.perhekeskus.web.signin;
