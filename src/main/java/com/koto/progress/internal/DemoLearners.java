package com.koto.progress.internal;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonSummary;
import com.koto.content.PublishedLesson;
import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.SessionView;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo data: simulates {@code koto.demo.learners} learners ({@code demo-learner-00001}, …; password
 * {@code demo-learner-password}) playing every published lesson through the real turn code
 * ({@link LessonOrchestrator}, so evaluation, session events and the progress read models all run
 * as for real learners). Off by default; played by the start-up seeding after the demo lessons (readiness waits):
 * {@code java -jar koto.jar --koto.demo.learners=200}. Existing demo learners are skipped, so a
 * second run adds only the missing ones.
 *
 * <p>Each learner has a skill in [0.35, 0.95]; on each activity they answer wrongly with probability
 * (1 − skill) per attempt, at most three times, with a mistake typical of one error category
 * (particle dropped, polite ending replaced by the plain one, spaces removed, a syllable misspelt,
 * words swapped), then correctly. One session in seven is ended midway (abandoned).
 */
@Component
public class DemoLearners {

    /** A particle with the space after it. */
    private static final Pattern DROPPABLE_PARTICLE = Pattern.compile("(을|를|이|가|은|는|에서|로) ");
    /** The ending 요 before an optional final mark at the end. */
    private static final Pattern YO_BEFORE_MARK = Pattern.compile("요([.?!]?)$");
    /** The ending 세요. */
    private static final Pattern SEYO = Pattern.compile("세요");

    private static final Logger log = LoggerFactory.getLogger(DemoLearners.class);
    static final String PASSWORD = "demo-learner-password";
    private static final List<String> LANGS = List.of("en", "id", "en", "vi");

    private final DemoProperties properties;
    private final Accounts accounts;
    private final LessonCatalog catalog;
    private final LessonOrchestrator orchestrator;

    DemoLearners(DemoProperties properties, Accounts accounts, LessonCatalog catalog, LessonOrchestrator orchestrator) {
        this.properties = properties;
        this.accounts = accounts;
        this.catalog = catalog;
        this.orchestrator = orchestrator;
    }

    /** Plays {@code koto.demo.learners} demo learners (none by default); part of {@link ProgressSeeding}. */
    void playConfigured() {
        if (properties.learners() > 0) {
            generate(properties.learners(), properties.seed());
        }
    }

    /**
     * Plays {@code count} demo learners.
     *
     * @return turns played
     */
    public int generate(int count, long seed) {
        Random random = new Random(seed);
        long start = System.nanoTime();
        int turns = 0;
        for (int n = 1; n <= count; n++) {
            String username = String.format(Locale.ROOT, "demo-learner-%05d", n);
            String lang = LANGS.get(n % LANGS.size());
            double skill = 0.35 + 0.6 * random.nextDouble();
            if (accounts.findByUsername(username).isPresent()) {
                continue;
            }
            AccountView learner = accounts.create(username, PASSWORD, "Demo learner " + n, Role.LEARNER, lang);
            for (LessonSummary lesson : catalog.published(lang)) {
                turns += play(learner.id(), lang, lesson.id(), skill, random);
            }
        }
        log.info("Demo learners: {} learners, {} turns in {} ms", count, turns, (System.nanoTime() - start) / 1_000_000);
        return turns;
    }

    private int play(UUID learner, String lang, UUID lessonId, double skill, Random random) {
        SessionView session = orchestrator.start(learner, lang, lessonId);
        PublishedLesson lesson = catalog.version(catalog.latest(lessonId).orElseThrow().versionId());
        boolean abandons = random.nextInt(7) == 0;
        int stopAt = abandons ? random.nextInt(Math.max(1, lesson.document().activityCount())) : Integer.MAX_VALUE;
        int turns = 0;
        int activity = 0;
        for (int s = 0; s < lesson.document().stages().size(); s++) {
            for (ActivityDocument a : lesson.stage(s).activities()) {
                if (activity++ == stopAt) {
                    orchestrator.end(learner, session.id());
                    return turns;
                }
                String right = a.acceptedAnswers().getFirst();
                boolean passed = false;
                for (int attempt = 1; attempt <= 3 && !passed && random.nextDouble() > skill; attempt++) {
                    // a "mistake" the evaluator forgives (spacing only, say) passes and moves on
                    passed = orchestrator.turn(learner, session.id(), mistake(right, random), "demo-" + turns, null)
                            .result().evaluation().passed();
                    turns++;
                }
                if (!passed) {
                    orchestrator.turn(learner, session.id(), right, "demo-" + turns, null);
                    turns++;
                }
            }
        }
        return turns;
    }

    /** A wrong version of a right answer, typical of one error category. */
    static String mistake(String right, Random random) {
        String wrong = switch (random.nextInt(5)) {
            case 0 -> DROPPABLE_PARTICLE.matcher(right).replaceFirst(" "); // particle dropped
            case 1 -> SEYO.matcher(YO_BEFORE_MARK.matcher(right).replaceFirst("다$1")).replaceFirst("어"); // ending
            case 2 -> right.replace(" ", ""); // spacing
            case 3 -> right.length() > 1 ? right.substring(0, right.length() - 1) + "여" : right + "여"; // spelling
            default -> {
                String[] words = right.split(" ");
                if (words.length > 1) {
                    String first = words[0];
                    words[0] = words[words.length - 1];
                    words[words.length - 1] = first;
                }
                yield String.join(" ", words); // word order
            }
        };
        return wrong.equals(right) ? right + "요요" : wrong;
    }
}
