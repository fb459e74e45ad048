/**
 * Lessons saved and reopened: each lab's parameters as an immutable scenario, and the session file that holds them
 * all (JSON, with the loaded series' values, so a session reopens identically on another machine).
 */
package org.arlab.core.session;
