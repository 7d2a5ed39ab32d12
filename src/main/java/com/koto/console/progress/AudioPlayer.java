package com.koto.console.progress;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** A native {@code <audio controls>} element for a presigned URL (no frontend bundle needed). */
@Tag("audio")
class AudioPlayer extends HtmlComponent {

    AudioPlayer(String url, String label) {
        getElement().setAttribute("controls", true);
        getElement().setAttribute("preload", "metadata");
        getElement().setAttribute("src", url);
        getElement().setAttribute("aria-label", label);
        addClassName("koto-audio");
    }

    String url() {
        return getElement().getAttribute("src");
    }
}
