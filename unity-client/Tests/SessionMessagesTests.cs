using NUnit.Framework;

namespace Koto.Client.Tests
{
    /// <summary>Socket frames captured from the real server decode into their typed messages.</summary>
    [TestFixture]
    public class SessionMessagesTests
    {
        readonly IJsonCodec json = new DataContractJsonCodec();

        SocketMessage Decode(string fixture)
        {
            return SessionMessages.Decode(json, Fixtures.Read(fixture));
        }

        [Test]
        public void ActivityMessageCarriesActivityAndAudio()
        {
            var m = (ActivityMessage)Decode("ws-activity.json");
            Assert.AreEqual("ask-recommendation", m.Activity.Key);
            Assert.AreEqual("cafe", m.Activity.Scene);
            StringAssert.Contains(".ogg", m.AudioUrl);
            Assert.AreEqual(1936, m.DurationMs);
        }

        [Test]
        public void EvaluationMessagesCarryTheClientEventId()
        {
            var failed = (EvaluationMessage)Decode("ws-evaluation-failed.json");
            Assert.AreEqual("ws-1", failed.ClientEventId);
            Assert.IsFalse(failed.Evaluation.Passed);
            Assert.AreEqual("honorific", failed.Evaluation.Errors[0].Category);
            var passed = (EvaluationMessage)Decode("ws-evaluation-passed.json");
            Assert.IsTrue(passed.Evaluation.Passed);
            Assert.AreEqual(100, passed.Evaluation.Score);
        }

        [Test]
        public void TutorResponsesCarryTextTranslationHintAndAudio()
        {
            var retry = (TutorResponseMessage)Decode("ws-tutor-response-retry.json");
            Assert.AreEqual("다시 한번 해 볼까요?", retry.Text);
            Assert.IsNotNull(retry.Hint);
            var reply = (TutorResponseMessage)Decode("ws-tutor-response.json");
            Assert.IsNull(reply.Hint);
            Assert.AreEqual(reply.Text, reply.ToResponse().Text);
            Assert.AreEqual(reply.DurationMs, reply.ToResponse().DurationMs);
        }

        [Test]
        public void SessionCompleteCarriesScoreAndClosingMessage()
        {
            var m = (SessionCompleteMessage)Decode("ws-session-complete.json");
            Assert.AreEqual(SessionStatus.Completed, m.Status);
            Assert.AreEqual(96, m.TotalScore);
            StringAssert.Contains("96", m.Message);
        }

        [Test]
        public void StageCompleteCarriesKeyIndexAndMessage()
        {
            var m = (StageCompleteMessage)Decode("ws-stage-complete.json");
            Assert.AreEqual("drink-options", m.StageKey);
            Assert.AreEqual(2, m.StageIndex);
            StringAssert.StartsWith("Tahap selesai", m.Message);
        }

        [Test]
        public void ErrorsPongsAndAudioStatusDecode()
        {
            var error = (ErrorMessage)Decode("ws-error.json");
            Assert.AreEqual("unknown_type", error.Code);
            Assert.IsInstanceOf<PongMessage>(Decode("ws-pong.json"));
            var status = (AudioStatusMessage)Decode("ws-audio-status.json");
            Assert.AreEqual("not_found", status.Status);
        }

        [Test]
        public void UnknownTypesAreKeptNotRejected()
        {
            var m = SessionMessages.Decode(json, "{\"type\":\"confetti\",\"colour\":\"gold\"}");
            Assert.IsInstanceOf<UnknownMessage>(m);
            Assert.AreEqual("confetti", m.Type);
        }

        [Test]
        public void FramesWithoutTypeOrJsonAreProtocolErrors()
        {
            Assert.Throws<KotoProtocolException>(() => SessionMessages.Decode(json, "{\"text\":\"no type\"}"));
            Assert.Throws<KotoProtocolException>(() => SessionMessages.Decode(json, "not json"));
        }
    }
}
