package fi.perhekeskus.directory;

import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Created by Hibernate through Spring, so it can ask who is editing. */
@Component
class DirectoryRevisionListener implements RevisionListener {

    private final ObjectProvider<DirectoryEditor> editor;

    DirectoryRevisionListener(ObjectProvider<DirectoryEditor> editor) {
        this.editor = editor;
    }

    @Override
    public void newRevision(Object revision) {
        ((DirectoryRevision) revision).setChangedBy(
                editor.getIfAvailable(() -> () -> DirectoryEditor.SYSTEM).currentUsername());
    }
}
