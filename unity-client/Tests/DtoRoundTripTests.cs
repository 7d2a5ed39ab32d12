using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Koto.Client.Tests
{
    /// <summary>The DTOs read JSON captured from the real server and write it back with the same snake_case names.</summary>
    [TestFixture]
    public class DtoRoundTripTests
    {
        readonly IJsonCodec json = new DataContractJsonCodec();

        [Test]
        public void TokenResponseReadsTheServersAnswer()
        {
            var t = json.Deserialize<TokenResponse>(Fixtures.Read("token.json"));
            StringAssert.StartsWith("eyJ", t.AccessToken);
            Assert.AreEqual("Bearer", t.TokenType);
            Assert.AreEqual(3600, t.ExpiresIn);
        }

        [Test]
        public void AccountReadsRegistrationAnswer()
        {
            var a = json.Deserialize<Account>(Fixtures.Read("account.json"));
            Assert.AreEqual("fixture-learner", a.Username);
            Assert.AreEqual("Fixture Learner", a.DisplayName);
            Assert.AreEqual("LEARNER", a.Role);
            Assert.AreEqual("id", a.InstructionLang);
        }

        [Test]
        public void LessonListReadsTheCafeLesson()
        {
            var lessons = json.Deserialize<System.Collections.Generic.List<LessonSummary>>(Fixtures.Read("lessons.json"));
            var cafe = lessons.Find(l => l.Slug == "cafe-ordering");
            Assert.IsNotNull(cafe);
            Assert.AreEqual("카페에서 주문하기", cafe.TitleKo);
            Assert.AreEqual("A1", cafe.CefrLevel);
            Assert.AreEqual(4, cafe.StageCount);
            Assert.AreEqual(11, cafe.ActivityCount);
            CollectionAssert.Contains(cafe.InstructionLangs, "id");
        }

        [Test]
        public void StartedSessionCarriesTheFirstActivity()
        {
            var s = json.Deserialize<SessionView>(Fixtures.Read("session-started.json"));
            Assert.AreEqual(SessionStatus.Active, s.Status);
            Assert.AreEqual("greet-barista", s.CurrentActivity.Key);
            Assert.AreEqual(ActivityTypes.Dialogue, s.CurrentActivity.Type);
            Assert.AreEqual("어서 오세요!", s.CurrentActivity.TutorLine);
            Assert.IsNull(s.CurrentActivity.Options);
            Assert.AreEqual(11, s.Progress.TotalActivities);
            Assert.IsNull(s.TotalScore);
            Assert.IsNull(s.FinishedAt);
        }

        [Test]
        public void FailedTurnCarriesErrorsHintAndTheSameActivity()
        {
            var r = json.Deserialize<TurnResult>(Fixtures.Read("turn-failed.json"));
            Assert.IsFalse(r.Evaluation.Passed);
            Assert.AreEqual(79, r.Evaluation.Score);
            Assert.AreEqual("spelling", r.Evaluation.Errors[0].Category);
            Assert.AreEqual("안녕하세요", r.Evaluation.Errors[0].Correction);
            Assert.AreEqual("rules", r.Evaluation.Source);
            Assert.IsNotNull(r.TutorResponse.Hint);
            Assert.Greater(r.TutorResponse.DurationMs.Value, 0);
            Assert.AreEqual("greet-barista", r.NextActivity.Key);
            Assert.IsNull(r.NextActivityAudio);
            Assert.AreEqual(1, r.Session.Attempts);
        }

        [Test]
        public void PassedTurnCarriesTheNextActivityAndItsAudio()
        {
            var r = json.Deserialize<TurnResult>(Fixtures.Read("turn-passed.json"));
            Assert.IsTrue(r.Evaluation.Passed);
            Assert.AreEqual(0, r.Evaluation.Errors.Count);
            Assert.IsNull(r.TutorResponse.Hint);
            Assert.AreEqual("ask-recommendation", r.NextActivity.Key);
            StringAssert.StartsWith("/files/", r.NextActivityAudio.Url);
            Assert.Greater(r.NextActivityAudio.DurationMs, 0);
        }

        [Test]
        public void CompletedSessionReadsScoreAndEventLog()
        {
            var s = json.Deserialize<SessionView>(Fixtures.Read("session-completed-with-events.json"));
            Assert.AreEqual(SessionStatus.Completed, s.Status);
            Assert.IsNull(s.CurrentActivity);
            Assert.AreEqual(100, s.Progress.Percent);
            Assert.AreEqual(96, s.TotalScore);
            Assert.IsNotNull(s.FinishedAt);
            Assert.AreEqual("session_started", s.Events[0].Type);
            Assert.AreEqual(1, s.Events[0].Seq);
            Assert.IsTrue(s.Events.Exists(e => e.ClientEventId == "fx-2" && e.Type == "user_input"));
        }

        [Test]
        public void ProblemsReadStatusDetailAndType()
        {
            var p401 = json.Deserialize<Problem>(Fixtures.Read("problem-401.json"));
            Assert.AreEqual(401, p401.Status);
            Assert.AreEqual("Wrong username or password.", p401.Detail);
            var p400 = json.Deserialize<Problem>(Fixtures.Read("problem-400.json"));
            Assert.AreEqual(400, p400.Status);
            StringAssert.Contains("client_event_id", p400.Detail);
            StringAssert.StartsWith("https://", p400.Type);
        }

        [Test]
        public void RoundTripKeepsEveryFieldOfATurn()
        {
            var first = json.Deserialize<TurnResult>(Fixtures.Read("turn-failed.json"));
            string written = json.Serialize(first);
            var second = json.Deserialize<TurnResult>(written);
            Assert.AreEqual(json.Serialize(first), json.Serialize(second));
            Assert.AreEqual(first.Evaluation.Errors[0].Explanation, second.Evaluation.Errors[0].Explanation);
            Assert.AreEqual(first.TutorResponse.AudioUrl, second.TutorResponse.AudioUrl);
            Assert.AreEqual(first.Session.Progress.StageCount, second.Session.Progress.StageCount);
            StringAssert.Contains("\"tutor_response\"", written);
            StringAssert.Contains("\"model_answer\"", written);
        }

        [Test]
        public void WrittenJsonHasNoCamelCaseNames()
        {
            string[] written =
            {
                json.Serialize(json.Deserialize<SessionView>(Fixtures.Read("session-completed-with-events.json"))),
                json.Serialize(json.Deserialize<TurnResult>(Fixtures.Read("turn-passed.json"))),
                json.Serialize(new Registration { Username = "u", Password = "p", DisplayName = "d", InstructionLang = "id" }),
                json.Serialize(new EventRequest { Text = "t", ClientEventId = "c" }),
                json.Serialize(new UserInputMessage { Text = "t", ClientEventId = "c" })
            };
            var camel = new Regex("\"[a-z]+[A-Z][A-Za-z]*\"\\s*:");
            foreach (var w in written)
            {
                Assert.IsFalse(camel.IsMatch(w), "camelCase property in " + w);
            }
        }

        [Test]
        public void RequestBodiesUseTheServersNames()
        {
            Assert.AreEqual("{\"type\":\"user_input\",\"text\":\"안녕하세요\",\"client_event_id\":\"c-1\"}",
                json.Serialize(new EventRequest { Text = "안녕하세요", ClientEventId = "c-1" }));
            Assert.AreEqual("{\"lesson_id\":\"L\"}", json.Serialize(new StartRequest { LessonId = "L" }));
            Assert.AreEqual("{\"type\":\"audio_uploaded\",\"audio_id\":\"A\"}", json.Serialize(new AudioUploadedMessage { AudioId = "A" }));
        }

        [Test]
        public void TokenResponseWithRefreshTokenReadsBothLifetimes()
        {
            var t = json.Deserialize<TokenResponse>(Fixtures.Read("token-with-refresh.json"));
            Assert.IsFalse(string.IsNullOrEmpty(t.RefreshToken));
            Assert.AreEqual(3600, t.ExpiresIn);
            Assert.Greater(t.RefreshExpiresIn, t.ExpiresIn);
        }

        [Test]
        public void MeAndTheSessionPageRead()
        {
            Assert.AreEqual("fixture-learner", json.Deserialize<Account>(Fixtures.Read("me.json")).Username);
            var page = json.Deserialize<SessionPage>(Fixtures.Read("sessions-page.json"));
            Assert.AreEqual(1, page.Items.Count);
            Assert.AreEqual(1, page.TotalItems);
            Assert.AreEqual(0, page.Page);
            Assert.AreEqual(SessionStatus.Active, page.Items[0].Status);
            Assert.AreEqual("greet-barista", page.Items[0].CurrentActivity.Key);
        }

        [Test]
        public void ATurnThatEndsAStageCarriesStageComplete()
        {
            var r = json.Deserialize<TurnResult>(Fixtures.Read("turn-stage-complete.json"));
            Assert.AreEqual("greeting", r.StageComplete.StageKey);
            Assert.AreEqual(0, r.StageComplete.StageIndex);
            Assert.IsFalse(string.IsNullOrEmpty(r.StageComplete.Message));
            Assert.IsNull(r.SessionComplete);
            Assert.AreEqual("fx-b", r.TutorResponse.ClientEventId);
            Assert.AreEqual("order-americano", r.NextActivity.Key);
        }

        [Test]
        public void TheLastTurnCarriesSessionComplete()
        {
            var r = json.Deserialize<TurnResult>(Fixtures.Read("turn-session-complete.json"));
            Assert.AreEqual(SessionStatus.Completed, r.SessionComplete.Status);
            Assert.AreEqual(100, r.SessionComplete.TotalScore);
            StringAssert.Contains("100", r.SessionComplete.Message);
            Assert.IsNull(r.NextActivity);
            Assert.IsNull(r.StageComplete);
        }

        [Test]
        public void AReusedRefreshTokenProblemSaysWhy()
        {
            var p = json.Deserialize<Problem>(Fixtures.Read("problem-refresh-reused.json"));
            Assert.AreEqual(401, p.Status);
            StringAssert.Contains("revoked", p.Detail);
        }

        [Test]
        public void MalformedJsonIsAProtocolError()
        {
            Assert.Throws<KotoProtocolException>(() => json.Deserialize<SessionView>("{\"id\":"));
            Assert.Throws<KotoProtocolException>(() => json.Deserialize<SessionView>(""));
        }
    }
}
