using System;
using System.Collections.Generic;
using System.Text;

namespace Koto.Client
{
    /// <summary>
    /// Marks an answer's errors for display: each error's <c>original</c> span in the learner's answer becomes
    /// "wrong → right". Output uses Unity rich-text tags (&lt;color&gt;, &lt;s&gt;, &lt;b&gt;), which uGUI Text and
    /// TextMeshPro render; tag characters in the learner's text are neutralised so they cannot inject markup.
    /// </summary>
    public static class Corrections
    {
        /// <summary>
        /// The answer with corrections highlighted. Spans are matched left to right (after the previous one, whole
        /// words first: <see cref="Find"/>); an error whose original is empty (a missing element) or not found is
        /// appended at the end as "+ correction".
        /// </summary>
        /// <param name="answer">what the learner typed or said</param>
        /// <param name="errors">the evaluation's errors (may be null)</param>
        /// <param name="wrongColor">e.g. "#d9534f"</param>
        /// <param name="rightColor">e.g. "#2e7d32"</param>
        public static string Highlight(string answer, IList<EvaluationError> errors, string wrongColor, string rightColor)
        {
            answer = answer ?? "";
            if (errors == null || errors.Count == 0) return Escape(answer);
            var output = new StringBuilder();
            var missing = new List<EvaluationError>();
            int at = 0;
            foreach (var e in errors)
            {
                int found = string.IsNullOrEmpty(e.Original) ? -1 : Find(answer, e.Original, at);
                if (found < 0)
                {
                    missing.Add(e);
                    continue;
                }
                output.Append(Escape(answer.Substring(at, found - at)));
                output.Append("<color=").Append(wrongColor).Append("><s>").Append(Escape(e.Original)).Append("</s></color>");
                if (!string.IsNullOrEmpty(e.Correction))
                {
                    output.Append(" <color=").Append(rightColor).Append("><b>").Append(Escape(e.Correction)).Append("</b></color>");
                }
                at = found + e.Original.Length;
            }
            output.Append(Escape(answer.Substring(at)));
            foreach (var e in missing)
            {
                if (string.IsNullOrEmpty(e.Correction)) continue;
                output.Append(" <color=").Append(rightColor).Append(">+ <b>").Append(Escape(e.Correction)).Append("</b></color>");
            }
            return output.ToString();
        }

        /// <summary>
        /// Where <paramref name="span"/> occurs in <paramref name="answer"/> from <paramref name="from"/> on: the first
        /// occurrence that is whole words (a space, a sentence mark or the text's edge on both sides), else the first
        /// occurrence. The evaluator names the smallest whole word that holds an error (a counter 개, the auxiliary
        /// 줘), which may also occur inside a longer word (소개, 가져다줘) before it.
        /// </summary>
        public static int Find(string answer, string span, int from)
        {
            int first = answer.IndexOf(span, from, StringComparison.Ordinal);
            for (int i = first; i >= 0; i = answer.IndexOf(span, i + 1, StringComparison.Ordinal))
            {
                int end = i + span.Length;
                if ((i == 0 || IsBoundary(answer[i - 1])) && (end == answer.Length || IsBoundary(answer[end]))) return i;
            }
            return first;
        }

        private static bool IsBoundary(char c)
        {
            return char.IsWhiteSpace(c) || char.IsPunctuation(c);
        }

        /// <summary>Replaces '&lt;' and '&gt;' by look-alike characters so learner text never becomes a tag.</summary>
        public static string Escape(string text)
        {
            return (text ?? "").Replace("<", "‹").Replace(">", "›");
        }
    }
}
