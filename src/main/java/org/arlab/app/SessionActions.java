package org.arlab.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javafx.stage.FileChooser;

import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;

/**
 * Session ▸ Save and Open, and the session kept between runs: files are chosen on the FX thread, written and read in
 * the background (a loaded series of 10⁶ values is a 20 MB file), applied on the FX thread. A file that is not a
 * session changes nothing and says why.
 */
final class SessionActions {
    private static final FileChooser.ExtensionFilter FILTER = new FileChooser.ExtensionFilter("AR Lab session",
            "*.json");

    private final DialogService dialogs;
    private final LabModels models;
    private final StatusBar status;
    private final Background runner;

    SessionActions(DialogService dialogs, LabModels models, StatusBar status, Background runner) {
        this.dialogs = dialogs;
        this.models = models;
        this.status = status;
        this.runner = runner;
    }

    /** Asks for a file and saves every lab's parameters there. */
    void save() {
        File file = dialogs.saveFile("Save session", "lesson.arlab.json", FILTER);
        if (file != null) {
            Session s = models.session();
            runner.submit("saving the session", progress -> {
                SessionFile.write(s, models.slots(), file.toPath());
                return file;
            }, done -> status.say("Session saved to " + done), err -> {
                String why = FileActions.reason(err);
                status.say("Could not save the session: " + why);
                dialogs.error("session-save-error", "Cannot save the session",
                        "The session was not saved; any file that was there is unchanged.", why);
            });
        }
    }

    /** Asks for a session file and applies it. */
    void open() {
        File file = dialogs.openFile("Open session", List.of(FILTER));
        if (file != null) {
            runner.submit("opening the session", progress -> SessionFile.read(file.toPath(), models.slots()), s -> {
                models.apply(s);
                status.say("Session opened: " + file.getName());
            }, err -> refuse(FileActions.reason(err), true));
        }
    }

    /**
     * Reads a session and applies it, on the calling (FX) thread; a bad file changes nothing and says why.
     *
     * @return whether the session was applied
     */
    boolean open(Path file, boolean loudly) {
        try {
            models.apply(SessionFile.read(file, models.slots()));
            status.say("Session opened: " + file.getFileName());
            return true;
        } catch (SessionFile.InvalidSessionException e) {
            refuse(e.getMessage(), loudly);
            return false;
        }
    }

    /**
     * Reopens the session kept when the window last closed. A damaged one is moved aside to
     * last-session.damaged.json (so closing this window, which keeps the new session, does not destroy it) and the
     * labs start at their defaults.
     */
    void restoreLast() {
        Path last = lastSessionFile();
        if (!Files.exists(last) || open(last, false)) {
            return;
        }
        Path aside = last.resolveSibling("last-session.damaged.json");
        try {
            Files.move(last, aside, StandardCopyOption.REPLACE_EXISTING);
            status.say(status.said() + " It was kept as " + aside.getFileName() + ".");
        } catch (IOException e) {
            status.say(status.said() + " It could not be kept aside: " + e.getMessage());
        }
    }

    /**
     * Keeps every lab's parameters for the next start (the window is closing: written at once, on the FX thread).
     * With no status line left to say it on, a failure goes to the application's log.
     */
    void keepForNextTime() {
        keep(models.session());
    }

    /**
     * Keeps the session when the process is asked to end (SIGTERM, logout) without the window closing: reads every
     * lab's parameters on the FX thread if it still answers within two seconds, and writes them on the calling
     * thread (a shutdown hook). Does nothing when the window already kept them.
     */
    void keepOnShutdown() {
        if (kept) {
            return;
        }
        java.util.concurrent.FutureTask<Session> read = new java.util.concurrent.FutureTask<>(models::session);
        try {
            javafx.application.Platform.runLater(read);
            keep(read.get(2, java.util.concurrent.TimeUnit.SECONDS));
        } catch (Exception | Error e) {
            System.getLogger(SessionActions.class.getName()).log(System.Logger.Level.WARNING,
                    "AR Lab: could not keep the session for next time: " + e);
        }
    }

    /** Whether the session of this run was kept already. */
    private volatile boolean kept;

    private void keep(Session s) {
        try {
            Path file = lastSessionFile();
            Files.createDirectories(file.getParent());
            SessionFile.write(s, models.slots(), file);
            kept = true;
        } catch (IOException | RuntimeException e) {
            System.getLogger(SessionActions.class.getName()).log(System.Logger.Level.WARNING,
                    "AR Lab: could not keep the session for next time: " + e.getMessage());
        }
    }

    /** Where the last session is kept between runs: {@code arlab.session.dir}, else ~/.arlab. */
    static Path lastSessionFile() {
        String dir = System.getProperty("arlab.session.dir");
        return (dir == null ? Path.of(System.getProperty("user.home"), ".arlab") : Path.of(dir))
                .resolve("last-session.json");
    }

    private void refuse(String why, boolean loudly) {
        status.say(why);
        if (loudly) {
            dialogs.error("session-error", "Cannot open the session",
                    "This session cannot be opened; nothing was changed", why);
        }
    }
}
