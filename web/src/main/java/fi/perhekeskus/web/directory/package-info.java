/** The professional directory over HTTP: who can be invited, handed a case or chosen as responsible. */
package fi.perhekeskus.web.directory;
