package com.koto.console.ui;

import static com.koto.console.ui.Texts.t;

import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts (statuses, errors, file buttons) in the console's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The texts for the current UI language; the web component keeps its defaults for anything unset. */
    public static UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add-one")).setMany(t("upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.drop-one")).setMany(t("upload.drop-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t("upload.too-many"))
                        .setFileIsTooBig(t("upload.too-big")).setIncorrectFileType(t("upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(t("upload.retry")).setStart(t("upload.start"))
                        .setRemove(t("common.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("upload.connecting"))
                                .setStalled(t("upload.stalled")).setProcessing(t("upload.processing"))
                                .setHeld(t("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t("upload.remaining")).setUnknown(t("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("upload.server-unavailable"))
                                .setUnexpectedServerError(t("upload.server-error")).setForbidden(t("upload.forbidden"))
                                .setFileTooLarge(t("upload.too-big"))));
    }
}
