using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace Koto.Client.Tests
{
    /// <summary>The live session's reconnect, resume, replay and de-duplication against a hand-driven socket.</summary>
    [TestFixture]
    public class TutorSessionTests
    {
        FakeHttp http;
        FakeSocketFactory sockets;
        KotoClient client;
        TutorSession session;
        double t;
        readonly List<string> seen = new List<string>();
        readonly List<TutorSessionState> states = new List<TutorSessionState>();
        readonly DateTime now = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

        [SetUp]
        public void SetUp()
        {
            http = new FakeHttp { Handler = r => FakeHttp.Json(500, "{}") };
            sockets = new FakeSocketFactory();
            client = new KotoClient("http://koto.test", http, new DataContractJsonCodec(), () => now);
            client.Restore("a1", "r1", now.AddHours(1));
            // Jitter 0 makes the delays exact: 0.5, 1, 2, 4, … capped at 8
            session = new TutorSession(client, sockets, "s-1", new Backoff(new Random(1)) { Jitter = 0, Max = 8 });
            seen.Clear();
            states.Clear();
            session.StateChanged += s => states.Add(s);
            session.Activity += m => seen.Add("activity:" + m.Activity.Key);
            session.Evaluation += m => seen.Add("evaluation:" + m.ClientEventId + ":" + m.Evaluation.Passed);
            session.TutorResponse += m => seen.Add("tutor_response:" + m.ClientEventId);
            session.SessionComplete += m => seen.Add("session_complete:" + m.TotalScore);
            session.StageComplete += m => seen.Add("stage_complete:" + m.StageKey);
            session.Error += m => seen.Add("error:" + m.Code);
            t = 0;
        }

        void Tick(double seconds)
        {
            t += seconds;
            session.Tick(t);
        }

        /// <summary>Start, open, and the server's admit message (the current activity).</summary>
        FakeSocket Admit(string activityFixture)
        {
            if (session.State == TutorSessionState.Idle) session.Start(t);
            Tick(0);
            var s = sockets.Last;
            s.Opened();
            s.Receive(Fixtures.Read(activityFixture));
            Tick(0.01);
            return s;
        }

        [Test]
        public void ConnectsWithTheTokenInTheUrlAndDeliversTheCurrentActivity()
        {
            var s = Admit("ws-activity.json");
            Assert.AreEqual("ws://koto.test/ws/sessions/s-1?access_token=a1", s.Url);
            Assert.AreEqual(TutorSessionState.Open, session.State);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation" }, seen);
        }

        [Test]
        public void TheTokenCanGoInAFirstAuthMessageInsteadOfTheUrl()
        {
            session.AuthenticateByMessage = true;
            session.Start(t);
            Tick(0);
            var s = sockets.Last;
            Assert.AreEqual("ws://koto.test/ws/sessions/s-1", s.Url);
            s.Opened();
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "{\"type\":\"auth\",\"access_token\":\"a1\"}" }, s.Sent);
        }

        [Test]
        public void TypedAnswersGoOutAsUserInputAndArePendingUntilEvaluated()
        {
            var s = Admit("ws-activity.json");
            string id = session.SendText("추천 메뉴가 뭐예요");
            Assert.AreEqual("{\"type\":\"user_input\",\"text\":\"추천 메뉴가 뭐예요\",\"client_event_id\":\"" + id + "\"}", s.Sent[0]);
            Assert.AreEqual(1, session.PendingCount);
            s.Receive(Fixtures.Read("ws-evaluation-passed.json").Replace("ws-2", id));
            s.Receive(Fixtures.Read("ws-tutor-response.json").Replace("ws-2", id));
            Tick(0.01);
            Assert.AreEqual(0, session.PendingCount);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:" + id + ":True", "tutor_response:" + id }, seen);
        }

        [Test]
        public void AnswersGivenWhileOfflineGoOutOnceAdmitted()
        {
            session.Start(t);
            string id = session.SendText("안녕하세요");
            Tick(0);
            Assert.AreEqual(0, sockets.Last.Sent.Count);
            sockets.Last.Opened();
            sockets.Last.Receive(Fixtures.Read("ws-activity.json"));
            Tick(0.01);
            Assert.AreEqual(1, sockets.Last.Sent.Count);
            StringAssert.Contains(id, sockets.Last.Sent[0]);
        }

        [Test]
        public void LostConnectionsAreRetriedWithGrowingCappedDelays()
        {
            Admit("ws-activity.json");
            var delays = new List<double>();
            for (int i = 0; i < 6; i++)
            {
                sockets.Last.Closed(1006);
                Tick(0.01);
                Assert.AreEqual(TutorSessionState.Waiting, session.State);
                delays.Add(Math.Round(session.NextAttemptAt - t, 3));
                int before = sockets.Created.Count;
                Tick(session.NextAttemptAt - t - 0.02);
                Assert.AreEqual(before, sockets.Created.Count, "no attempt before the delay");
                Tick(0.03);
                Assert.AreEqual(before + 1, sockets.Created.Count, "one attempt after the delay");
            }
            CollectionAssert.AreEqual(new[] { 0.5, 1, 2, 4, 8, 8 }, delays);
        }

        [Test]
        public void JitterSpreadsDelaysWithinItsFraction()
        {
            var b = new Backoff(new Random(7)) { Initial = 1, Jitter = 0.2, Max = 100 };
            for (int i = 0; i < 50; i++)
            {
                double d = b.Delay(3);
                Assert.That(d, Is.InRange(6.4, 9.6));
            }
        }

        [Test]
        public void AReconnectResetsTheBackoffOnceAdmitted()
        {
            Admit("ws-activity.json");
            sockets.Last.Closed(1006);
            Tick(0.01);
            Tick(0.6);
            sockets.Last.Closed(1006); // the attempt fails
            Tick(0.01);
            Assert.AreEqual(2, session.Failures);
            Tick(1.1);
            sockets.Last.Opened();
            sockets.Last.Receive(Fixtures.Read("ws-activity.json"));
            Tick(0.01);
            Assert.AreEqual(0, session.Failures);
            Assert.AreEqual(TutorSessionState.Open, session.State);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation" }, seen, "the resumed activity is not delivered twice");
        }

        [Test]
        public void AnAnswerLostWithTheConnectionIsReplayedOverRestWithTheSameId()
        {
            string id = AnswerLostThenReconnected("turn-passed.json");
            Tick(0.01); // admitted: replay sent
            Tick(0.01); // replay finished: messages delivered
            var replay = http.Requests.Find(r => r.Url.EndsWith("/sessions/s-1/events"));
            Assert.IsNotNull(replay);
            StringAssert.Contains("\"client_event_id\":\"" + id + "\"", FakeHttp.BodyOf(replay));
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:" + id + ":True", "tutor_response:" + id }, seen,
                "the replayed next activity is the one already shown, so it is not repeated");
            Assert.AreEqual(0, session.PendingCount);
        }

        [Test]
        public void AReplayedTurnDeliversStageCompleteThenTheNextActivity()
        {
            string id = AnswerLostThenReconnected("turn-stage-complete.json");
            Tick(0.01);
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:" + id + ":True", "tutor_response:" + id,
                "stage_complete:greeting", "activity:order-americano" }, seen);
        }

        /// <summary>The activity message of the next stage's first activity (turn-stage-complete.json's next activity).</summary>
        static string OrderAmericano()
        {
            return Fixtures.Read("ws-activity.json").Replace("ask-recommendation", "order-americano")
                .Replace("\"stage_index\":0", "\"stage_index\":1").Replace("\"activity_index\":1", "\"activity_index\":0");
        }

        /// <summary>
        /// A typed answer on ws-activity.json's activity, its passed evaluation and the tutor's reply received (the
        /// REST replay of it is answered with turn-stage-complete.json). Returns its client event id.
        /// </summary>
        string AnswerPassedAndReplied(out FakeSocket s)
        {
            s = Admit("ws-activity.json");
            http.Handler = r => FakeHttp.Json(200, Fixtures.Read("turn-stage-complete.json"));
            string id = session.SendText("추천 메뉴가 뭐예요");
            s.Receive(Fixtures.Read("ws-evaluation-passed.json").Replace("ws-2", id));
            s.Receive(Fixtures.Read("ws-tutor-response.json").Replace("ws-2", id));
            return id;
        }

        [Test]
        public void AStageCompleteLostWithTheSocketAfterTheReplyArrivesOnReconnect()
        {
            FakeSocket s;
            string id = AnswerPassedAndReplied(out s);
            Tick(0.01);
            Assert.AreEqual(0, session.PendingCount, "the reply arrived: nothing is waiting for an evaluation");
            s.Closed(1006); // stage_complete and the next activity were still on the wire
            Tick(0.01);
            Tick(0.6);
            sockets.Last.Opened();
            sockets.Last.Receive(OrderAmericano()); // the server re-sends the current activity on connect
            Tick(0.01); // admitted: the unfinished turn is asked for again
            Tick(0.01); // its stored result: the stage_complete is new, the activity is not
            var replay = http.Requests.Find(r => r.Url.EndsWith("/sessions/s-1/events"));
            Assert.IsNotNull(replay, "the turn is asked for again over REST");
            StringAssert.Contains("\"client_event_id\":\"" + id + "\"", FakeHttp.BodyOf(replay));
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:" + id + ":True", "tutor_response:" + id,
                "activity:order-americano", "stage_complete:greeting" }, seen);
        }

        [Test]
        public void AFinishedTurnIsNotAskedForAgainOnReconnect()
        {
            FakeSocket s;
            AnswerPassedAndReplied(out s);
            s.Receive(Fixtures.Read("ws-stage-complete.json"));
            s.Receive(OrderAmericano());
            Tick(0.01);
            s.Closed(1006);
            Tick(0.01);
            Tick(0.6);
            sockets.Last.Opened();
            sockets.Last.Receive(OrderAmericano());
            Tick(0.01);
            Tick(0.01);
            Assert.IsNull(http.Requests.Find(r => r.Url.EndsWith("/sessions/s-1/events")), "the turn had ended: no REST call");
            Assert.AreEqual(0, session.Replays);
        }

        [Test]
        public void AReplayedLastTurnFinishesTheSession()
        {
            var s = Admit("ws-activity.json");
            session.SendText("감사합니다. 안녕히 계세요");
            s.Closed(1006);
            Tick(0.01);
            http.Handler = r => FakeHttp.Json(200, Fixtures.Read("turn-session-complete.json"));
            Tick(0.6);
            sockets.Last.Opened();
            sockets.Last.Receive(Fixtures.Read("ws-activity.json"));
            Tick(0.01);
            Tick(0.01);
            CollectionAssert.Contains(seen, "session_complete:100");
            Assert.AreEqual(TutorSessionState.Finished, session.State);
        }

        [Test]
        public void MessagesArrivingTwiceAreDeliveredOnce()
        {
            var s = Admit("ws-activity.json");
            for (int i = 0; i < 2; i++)
            {
                s.Receive(Fixtures.Read("ws-evaluation-failed.json"));
                s.Receive(Fixtures.Read("ws-tutor-response-retry.json"));
            }
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:ws-1:False", "tutor_response:ws-1" }, seen);
        }

        [Test]
        public void AnUnknownSessionFailsWithoutRetrying()
        {
            session.Start(t);
            Tick(0);
            sockets.Last.Opened();
            sockets.Last.Receive("{\"type\":\"error\",\"code\":\"not_found\",\"detail\":\"There is no such session for this account.\"}");
            sockets.Last.Closed(4404);
            Tick(0.01);
            Assert.AreEqual(TutorSessionState.Failed, session.State);
            Tick(60);
            Assert.AreEqual(1, sockets.Created.Count);
            CollectionAssert.Contains(seen, "error:not_found");
        }

        [Test]
        public void ARefusedTokenIsRefreshedAndTheSocketReopenedWithTheNewOne()
        {
            http.Handler = r => r.Url.EndsWith("/auth/refresh")
                ? FakeHttp.Json(200, "{\"access_token\":\"a2\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r2\"}")
                : FakeHttp.Json(500, "{}");
            session.Start(t);
            Tick(0);
            sockets.Last.Opened();
            // NativeWebSocket reports unknown close codes as 1004: the error code decides
            sockets.Last.Receive("{\"type\":\"error\",\"code\":\"unauthorized\",\"detail\":\"expired\"}");
            sockets.Last.Closed(1004);
            Tick(0.01);
            Tick(0.01);
            Assert.AreEqual(2, sockets.Created.Count);
            Assert.AreEqual("ws://koto.test/ws/sessions/s-1?access_token=a2", sockets.Last.Url);
            Assert.AreEqual("r2", client.RefreshToken);
        }

        [Test]
        public void ATokenRefusedTwiceMeansSignInAgain()
        {
            http.Handler = r => FakeHttp.Json(200, "{\"access_token\":\"a2\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r2\"}");
            session.Start(t);
            Tick(0);
            sockets.Last.Closed(4401);
            Tick(0.01);
            Tick(0.01);
            sockets.Last.Closed(4401);
            Tick(0.01);
            Assert.AreEqual(TutorSessionState.Failed, session.State);
            CollectionAssert.Contains(seen, "error:sign_in_required");
        }

        [Test]
        public void SessionCompleteFinishesAndStopsReconnecting()
        {
            var s = Admit("ws-activity.json");
            s.Receive(Fixtures.Read("ws-session-complete.json"));
            Tick(0.01);
            Assert.AreEqual(TutorSessionState.Finished, session.State);
            Assert.IsTrue(s.CloseCalled);
            s.Closed(1000);
            Tick(60);
            Assert.AreEqual(1, sockets.Created.Count);
            CollectionAssert.Contains(seen, "session_complete:96");
        }

        [Test]
        public void PingsAreSentWhileOpen()
        {
            var s = Admit("ws-activity.json");
            session.PingInterval = 10;
            Tick(9);
            Assert.AreEqual(0, s.Sent.Count);
            Tick(1.5);
            CollectionAssert.AreEqual(new[] { "{\"type\":\"ping\"}" }, s.Sent);
        }

        [Test]
        public void AHangingConnectAttemptIsAbandoned()
        {
            session.ConnectTimeout = 5;
            session.Start(t);
            Tick(0);
            Tick(5.5);
            Assert.AreEqual(TutorSessionState.Waiting, session.State);
            Assert.IsTrue(sockets.Created[0].CloseCalled);
        }

        [Test]
        public void AVoiceAnswerUploadsThenResumesThroughAudioStatus()
        {
            var s = Admit("ws-activity.json");
            http.Handler = r => r.Url.EndsWith("/audio") ? FakeHttp.Json(202, "{\"audio_id\":\"A1\",\"status\":\"processing\"}")
                : FakeHttp.Json(200, Fixtures.Read("turn-passed.json"));
            session.SendVoiceAsync(new byte[] { 1 }, "audio/wav").GetAwaiter().GetResult();
            Tick(0.01);
            Assert.AreEqual(1, session.PendingCount);
            s.Closed(1006);
            Tick(0.01);
            Tick(0.6);
            sockets.Last.Opened();
            sockets.Last.Receive(Fixtures.Read("ws-activity.json"));
            Tick(0.01);
            CollectionAssert.Contains(sockets.Last.Sent, "{\"type\":\"audio_uploaded\",\"audio_id\":\"A1\"}");
            sockets.Last.Receive("{\"type\":\"audio_status\",\"audio_id\":\"A1\",\"status\":\"done\",\"transcript\":\"추천 메뉴가 뭐예요\",\"error_code\":null}");
            Tick(0.01);
            Tick(0.01);
            var replay = http.Requests.Find(r => r.Url.EndsWith("/events"));
            StringAssert.Contains("\"client_event_id\":\"audio:A1\"", FakeHttp.BodyOf(replay));
            CollectionAssert.Contains(seen, "evaluation:audio:A1:True");
            Assert.AreEqual(0, session.PendingCount);
        }

        // ---- stale activities: a session only moves forward, by (stage_index, activity_index) ----

        /// <summary>
        /// An answer sent on the activity of ws-activity.json, the connection lost (1006) before its result, and
        /// the socket reopened and admitted to the same activity; the REST replay of the answer is answered with
        /// <paramref name="replayFixture"/>. Returns the answer's client event id.
        /// </summary>
        string AnswerLostThenReconnected(string replayFixture)
        {
            var s = Admit("ws-activity.json");
            string id = session.SendText("추천 메뉴가 뭐예요");
            s.Closed(1006);
            Tick(0.01);
            http.Handler = r => FakeHttp.Json(200, Fixtures.Read(replayFixture));
            Tick(0.6);
            sockets.Last.Opened();
            sockets.Last.Receive(Fixtures.Read("ws-activity.json"));
            return id;
        }

        /// <summary>The activity of a captured REST answer, as the socket frame that carries it.</summary>
        string ActivityFrame(string fixture)
        {
            LearnerActivity a;
            if (fixture.StartsWith("session"))
            {
                a = client.Json.Deserialize<SessionView>(Fixtures.Read(fixture)).CurrentActivity;
            }
            else
            {
                a = client.Json.Deserialize<TurnResult>(Fixtures.Read(fixture)).NextActivity;
            }
            return client.Json.Serialize(new ActivityMessage { Type = MessageTypes.Activity, Activity = a });
        }

        // session-started.json: greet-barista (0, 0); ws-activity.json: ask-recommendation (0, 1);
        // turn-stage-complete.json: order-americano (1, 0)

        [Test]
        public void AStaleResumeArrivingAfterTheNextActivityIsNotShownAgain()
        {
            session.Start(t);
            Tick(0);
            var s = sockets.Last;
            s.Opened();
            s.Receive(ActivityFrame("session-started.json"));
            s.Receive(Fixtures.Read("ws-activity.json"));      // the answer passed: the next activity
            s.Receive(ActivityFrame("session-started.json"));  // a resume read before that answer was evaluated
            Tick(0.01);
            s.Receive(ActivityFrame("turn-stage-complete.json"));
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "activity:greet-barista", "activity:ask-recommendation", "activity:order-americano" }, seen);
        }

        [Test]
        public void AReplayedResultArrivingAfterTheLearnerMovedOnDoesNotTakeThemBack()
        {
            // the replay's result names ask-recommendation as the next activity (turn-passed.json)
            string id = AnswerLostThenReconnected("turn-passed.json");
            // before the replay's answer is read, the socket has already brought the session further
            sockets.Last.Receive(ActivityFrame("turn-stage-complete.json"));
            Tick(0.01); // admitted: replay sent
            Tick(0.01); // replay finished: its messages delivered, its next activity is behind the one shown
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "activity:order-americano",
                "evaluation:" + id + ":True", "tutor_response:" + id }, seen);
        }

        [Test]
        public void TheSameActivityAfterAMissIsNotShownTwiceAndTheNextOneIs()
        {
            var s = Admit("ws-activity.json");
            s.Receive(Fixtures.Read("ws-evaluation-failed.json"));
            s.Receive(Fixtures.Read("ws-tutor-response-retry.json"));
            s.Receive(Fixtures.Read("ws-activity.json"));
            Tick(0.01);
            s.Receive(ActivityFrame("turn-stage-complete.json"));
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "evaluation:ws-1:False", "tutor_response:ws-1",
                "activity:order-americano" }, seen);
        }

        [Test]
        public void ActivitiesWithoutPositionsFromAnOlderServerStillMoveOn()
        {
            session.Start(t);
            Tick(0);
            var s = sockets.Last;
            s.Opened();
            s.Receive(WithoutPosition(Fixtures.Read("ws-activity.json")));
            s.Receive(WithoutPosition(ActivityFrame("turn-stage-complete.json")));
            s.Receive(WithoutPosition(ActivityFrame("turn-stage-complete.json")));
            Tick(0.01);
            CollectionAssert.AreEqual(new[] { "activity:ask-recommendation", "activity:order-americano" }, seen);
        }

        static string WithoutPosition(string frame)
        {
            return System.Text.RegularExpressions.Regex.Replace(frame, "\"(stage_index|activity_index)\"\\s*:\\s*\\d+\\s*,", "");
        }
    }
}
