package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * What the administration's import pages (lessons, ODS files) share: an upload of one file at a time within the size
 * limit, worded in plain English, and the alert that says a file was not imported and why.
 */
final class ImportUploads {

    private ImportUploads() {
    }

    /**
     * One file at a time, at most {@code maxBytes} (checked in the browser; {@link LimitedUpload} checks again on the
     * server), of the accepted types.
     */
    static void configure(Upload upload, String id, long maxBytes, String chooseOne, String tooLarge,
            String wrongType, String... acceptedTypes) {
        upload.setId(id);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(chooseOne));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop the file here"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("Choose one file at a time.").setFileIsTooBig(tooLarge)
                .setIncorrectFileType(wrongType));
        upload.setI18n(i18n);
    }

    /** The upload ready for another file, and in place of the report an alert: "The file was not imported. …" */
    static void showNotImported(Upload upload, Div progressBox, Div report, String id, String message) {
        upload.setEnabled(true);
        upload.clearFileList();
        progressBox.setVisible(false);
        report.removeAll();
        Div problem = new Div();
        problem.addClassNames("panel", "panel--error");
        problem.getElement().setAttribute("role", "alert");
        problem.setId(id);
        problem.add(new Paragraph("The file was not imported. " + message));
        report.add(problem);
    }
}
