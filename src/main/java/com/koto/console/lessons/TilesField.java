package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.content.ActivityDocument;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The word tiles of an ordering activity: the words of the model answer, shown shuffled as the
 * learner will see them. They follow the model answer; <em>Shuffle</em> deals them anew.
 */
class TilesField extends CustomField<List<String>> {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Div chips = new Div();
    private List<String> tiles = List.of();
    private String answer = "";
    private int round;

    TilesField() {
        setLabel(t("activity.tiles"));
        setHelperText(t("activity.tiles-help"));
        chips.addClassName("koto-tiles");
        chips.setId("tiles");
        Button shuffle = new Button(t("activity.shuffle"), VaadinIcon.RANDOM.create(), e -> {
            round++;
            tiles = ActivityDocument.shuffledTiles(answer, round);
            show();
            updateValue();
        });
        shuffle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        shuffle.setId("shuffle-tiles");
        HorizontalLayout layout = new HorizontalLayout(chips, shuffle);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        add(layout);
    }

    /** Follows the model answer: when its words differ from the tiles, the tiles are dealt from it anew. */
    void followAnswer(String modelAnswer) {
        answer = modelAnswer == null ? "" : modelAnswer.strip();
        List<String> words = answer.isEmpty() ? List.of() : Arrays.asList(SPACES.split(answer));
        List<String> sortedWords = new ArrayList<>(words);
        List<String> sortedTiles = new ArrayList<>(tiles);
        sortedWords.sort(null);
        sortedTiles.sort(null);
        if (!sortedWords.equals(sortedTiles)) {
            tiles = answer.isEmpty() ? List.of() : ActivityDocument.shuffledTiles(answer, round);
            show();
            updateValue();
        }
    }

    private void show() {
        chips.removeAll();
        tiles.forEach(tile -> {
            Span chip = new Span(tile);
            chip.addClassName("koto-tile");
            chips.add(chip);
        });
    }

    @Override
    protected List<String> generateModelValue() {
        return tiles;
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        tiles = value == null ? List.of() : List.copyOf(value);
        show();
    }
}
