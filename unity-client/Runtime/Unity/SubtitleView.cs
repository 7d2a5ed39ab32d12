using UnityEngine;
using UnityEngine.UI;

namespace Koto.Client.Unity
{
    /// <summary>
    /// Shows the conversation as text (uGUI <see cref="Text"/> with rich text on): the tutor's Korean line and its
    /// translation, the activity's instruction, what the learner said (typed, or the voice transcript) with errors
    /// struck through and corrections highlighted (<see cref="Corrections"/>), the feedback and hint.
    /// Leave any field unassigned to hide that part.
    /// </summary>
    public class SubtitleView : MonoBehaviour
    {
        public KotoSessionBehaviour session;

        public Text tutorLine;
        public Text translation;
        public Text instruction;
        public Text learnerLine;
        public Text feedback;

        public string wrongColor = "#d9534f";
        public string rightColor = "#2e7d32";

        string lastAnswer = "";

        void OnEnable()
        {
            if (session == null) return;
            session.onActivity.AddListener(ShowActivity);
            session.onTutorResponse.AddListener(ShowReply);
            session.onTranscript.AddListener(ShowTranscript);
            session.onEvaluation.AddListener(ShowEvaluation);
            session.onStageComplete.AddListener(ShowStageComplete);
            session.onSessionComplete.AddListener(ShowSessionComplete);
            session.onError.AddListener(ShowError);
        }

        void OnDisable()
        {
            if (session == null) return;
            session.onActivity.RemoveListener(ShowActivity);
            session.onTutorResponse.RemoveListener(ShowReply);
            session.onTranscript.RemoveListener(ShowTranscript);
            session.onEvaluation.RemoveListener(ShowEvaluation);
            session.onStageComplete.RemoveListener(ShowStageComplete);
            session.onSessionComplete.RemoveListener(ShowSessionComplete);
            session.onError.RemoveListener(ShowError);
        }

        public void ShowStageComplete(StageCompleteMessage m) { Set(feedback, Corrections.Escape(m.Message)); }

        public void ShowSessionComplete(SessionCompleteMessage m) { Set(feedback, Corrections.Escape(m.Message)); }

        public void ShowError(ErrorMessage m) { Set(feedback, Corrections.Escape(m.Detail)); }

        /// <summary>Remembers a typed answer so its evaluation can be drawn over it.</summary>
        public void ShowLearnerText(string text)
        {
            lastAnswer = text ?? "";
            Set(learnerLine, Corrections.Escape(lastAnswer));
        }

        public void ShowActivity(ActivityMessage m)
        {
            var a = m.Activity;
            Set(tutorLine, Corrections.Escape(a.TutorLine));
            Set(translation, Corrections.Escape(a.TutorLineTranslation));
            string what = a.Instruction;
            if (a.Type == ActivityTypes.Repeat && !string.IsNullOrEmpty(a.LineToRepeat)) what += "\n<b>" + Corrections.Escape(a.LineToRepeat) + "</b>";
            if (a.Type == ActivityTypes.FillBlank && !string.IsNullOrEmpty(a.Sentence)) what += "\n<b>" + Corrections.Escape(a.Sentence) + "</b>";
            if (a.Type == ActivityTypes.Choice && a.Options != null)
            {
                for (int i = 0; i < a.Options.Count; i++) what += "\n" + (i + 1) + ". " + Corrections.Escape(a.Options[i].Text);
            }
            if (a.Type == ActivityTypes.Ordering && a.Tiles != null) what += "\n[ " + Corrections.Escape(string.Join(" | ", a.Tiles.ToArray())) + " ]";
            Set(instruction, what);
            Set(feedback, "");
        }

        public void ShowReply(TutorResponseMessage m)
        {
            Set(tutorLine, Corrections.Escape(m.Text));
            Set(translation, Corrections.Escape(m.Translation));
            if (!string.IsNullOrEmpty(m.Hint) && feedback != null) feedback.text += "\n<i>" + Corrections.Escape(m.Hint) + "</i>";
        }

        public void ShowTranscript(TranscriptMessage m)
        {
            ShowLearnerText(m.Text);
        }

        public void ShowEvaluation(EvaluationMessage m)
        {
            var e = m.Evaluation;
            Set(learnerLine, Corrections.Highlight(lastAnswer, e.Errors, wrongColor, rightColor));
            Set(feedback, "<color=" + (e.Passed ? rightColor : wrongColor) + ">" + e.Score + "</color>  " + Corrections.Escape(e.Feedback));
        }

        static void Set(Text text, string value)
        {
            if (text != null)
            {
                text.supportRichText = true;
                text.text = value ?? "";
            }
        }
    }
}
