package com.koto.evaluation.hybrid;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.EvaluationSource;
import com.koto.evaluation.Evaluator;
import com.koto.evaluation.feedback.FeedbackWriter;
import com.koto.evaluation.model.CacheKeys;
import com.koto.evaluation.model.EvaluationCache;
import com.koto.evaluation.model.ModelUnavailableException;
import com.koto.langpack.LangPacks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation policy: rules first, the model when the rules are unsure. The rule evaluation
 * is returned as it is when its confidence reaches the threshold or no model is configured.
 * Otherwise the model's evaluation (from the cache, or one call within the time budget) is
 * merged with it; on a model error, timeout or malformed reply the rule evaluation is returned.
 * Every evaluation says its source: {@code rules}, {@code hybrid}, or {@code cache}.
 *
 * <p>Merge: the model's verdict, score, errors and feedback, except that the rules stay
 * authoritative for what they decide mechanically — particle allomorphs ({@code particle_allomorph}),
 * malformed ending forms (the {@code ending} subtypes in {@link #FORM_ENDINGS}, e.g. the copula's
 * form) and spacing notes: those findings are kept, and an allomorph or form error fails the answer
 * whatever the model says. An ending the rules find only unsuitable for the meaning is the model's
 * call.
 *
 * <p>Meters: {@code koto.evaluation.model.calls} (tag {@code outcome}: success, error, timeout),
 * {@code koto.evaluation.model.latency}, {@code koto.evaluation.cache.hits},
 * {@code koto.evaluation.cache.misses}, {@code koto.evaluation.evaluations} (tag {@code source}).
 */
public final class HybridEvaluator implements Evaluator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HybridEvaluator.class);

    /** Rule findings kept whatever the model says: the allomorph and spacing findings, all of them. */
    private static final Set<ErrorCategory> AUTHORITATIVE = Set.of(ErrorCategory.PARTICLE_ALLOMORPH,
            ErrorCategory.SPACING);

    /**
     * Ending findings kept whatever the model says: those that name a malformed form — a form the
     * stem and ending cannot make (the copula's allomorph, 으 insertion, contraction, vowel harmony,
     * ㄹ-stem rules, the form the next word requires, 요 inside a sentence, -시- twice). Which form
     * Korean builds is mechanical (국립국어원 『외국인을 위한 한국어 문법 1』, 어미 활용), so the rules
     * stay authoritative; which ending fits the meaning (a reason before a proposal, a plan put as
     * an offer, -는 바람에 read as -아서, a question in the present for the near future) is a choice
     * the model judges better than the rules.
     */
    private static final Set<String> FORM_ENDINGS = Set.of("ending/copula", "ending/infinitive_contraction",
            "ending/infinitive_before_consonant", "ending/infinitive", "ending/formal_allomorph",
            "ending/eu_insertion", "ending/eu_extra", "ending/eu_missing", "ending/vowel_harmony",
            "ending/l_insertion", "ending/l_stem_added", "ending/l_modifier", "ending/modifier_form",
            "ending/double_si", "ending/formal_yo", "ending/yo_before_connective", "ending/purpose_stem",
            "ending/ja_infinitive", "ending/si_after_past");

    /** Model findings dropped unless the rules found them too: the allomorph rule is exhaustive. */
    private static final Set<ErrorCategory> RULES_ONLY = Set.of(ErrorCategory.PARTICLE_ALLOMORPH);

    private final Evaluator rules;
    private final Evaluator model;
    private final EvaluationCache cache;
    private final LangPacks packs;
    private final double threshold;
    private final Duration budget;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final MeterRegistry meters;
    private final Timer latency;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param rules     the rule evaluator
     * @param model     the model evaluator, {@code null} when none is configured
     * @param cache     where model evaluations are kept
     * @param packs     language packs, to rewrite feedback after a merge
     * @param threshold rule confidence below which the model is asked (0–1)
     * @param budget    the longest the model may take
     * @param meters    where the meters go
     */
    public HybridEvaluator(Evaluator rules, Evaluator model, EvaluationCache cache, LangPacks packs,
            double threshold, Duration budget, MeterRegistry meters) {
        this.rules = rules;
        this.model = model;
        this.cache = cache;
        this.packs = packs;
        this.threshold = threshold;
        this.budget = budget;
        this.meters = meters;
        this.latency = Timer.builder("koto.evaluation.model.latency")
                .description("Time of model evaluation calls").register(meters);
        this.hits = Counter.builder("koto.evaluation.cache.hits")
                .description("Model evaluations answered from the cache").register(meters);
        this.misses = Counter.builder("koto.evaluation.cache.misses")
                .description("Model evaluations not in the cache").register(meters);
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        Evaluation byRules = rules.evaluate(request);
        if (model == null || byRules.confidence() >= threshold) {
            return counted(byRules);
        }
        String key = CacheKeys.of(request);
        var cached = cache.get(key);
        if (cached.isPresent()) {
            hits.increment();
            return counted(merge(byRules, cached.get(), request, EvaluationSource.CACHE));
        }
        misses.increment();
        Evaluation byModel = callModel(request);
        if (byModel == null) {
            return counted(byRules);
        }
        cache.put(key, byModel);
        return counted(merge(byRules, byModel, request, EvaluationSource.HYBRID));
    }

    /** One model call within the budget; {@code null} on any failure. */
    private Evaluation callModel(EvaluationRequest request) {
        long start = System.nanoTime();
        Future<Evaluation> call = calls.submit(() -> model.evaluate(request));
        String outcome = "success";
        try {
            return call.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            outcome = "timeout";
            log.warn("Model evaluation exceeded its {} ms budget; answering with the rules", budget.toMillis());
        } catch (ExecutionException e) {
            outcome = "error";
            Throwable cause = e.getCause() instanceof ModelUnavailableException m ? m : e.getCause();
            log.warn("Model evaluation failed, answering with the rules: {}", cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            outcome = "error";
        } finally {
            latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            meters.counter("koto.evaluation.model.calls", "outcome", outcome).increment();
        }
        return null;
    }

    private Evaluation merge(Evaluation byRules, Evaluation byModel, EvaluationRequest request,
            EvaluationSource source) {
        List<EvaluationError> kept = byRules.errors().stream().filter(HybridEvaluator::authoritative).toList();
        List<EvaluationError> errors = new ArrayList<>(kept);
        for (EvaluationError e : byModel.errors()) {
            boolean duplicate = errors.stream().anyMatch(k -> k.category() == e.category()
                    && k.original().strip().equals(e.original().strip()));
            boolean overruled = RULES_ONLY.contains(e.category());
            if (!duplicate && !overruled) {
                errors.add(e);
            }
        }
        boolean rulesFail = kept.stream().anyMatch(e -> e.category() != ErrorCategory.SPACING);
        boolean passed = byModel.passed() && !rulesFail;
        String feedback = byModel.feedback();
        int score = byModel.score();
        if (passed != byModel.passed()) {
            errors.sort((a, b) -> Boolean.compare(!authoritative(a), !authoritative(b)));
            feedback = FeedbackWriter.feedback(packs.forInstructionLang(request.instructionLang()), false, errors,
                    byRules.modelAnswer());
            score = Math.min(score, byRules.score());
        }
        return new Evaluation(passed ? score : Math.min(score, 89), passed, errors, feedback,
                byModel.modelAnswer() != null ? byModel.modelAnswer() : byRules.modelAnswer(), source,
                Math.max(byRules.confidence(), byModel.confidence()));
    }

    /** A rule finding the model cannot overrule: an allomorph, spacing, or a malformed ending form. */
    private static boolean authoritative(EvaluationError e) {
        return AUTHORITATIVE.contains(e.category())
                || e.category() == ErrorCategory.ENDING && e.subtype() != null && FORM_ENDINGS.contains(e.subtype());
    }

    private Evaluation counted(Evaluation e) {
        meters.counter("koto.evaluation.evaluations", "source", e.source().wireName()).increment();
        return e;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
