using System.Collections.Generic;
using NUnit.Framework;

namespace Koto.Client.Tests
{
    [TestFixture]
    public class CorrectionsTests
    {
        [Test]
        public void AWrongSpanIsStruckAndItsCorrectionShown()
        {
            var errors = new List<EvaluationError> { new EvaluationError { Category = "particle_wrong", Original = "아메리카노를", Correction = "아메리카노" } };
            Assert.AreEqual("<color=#d00><s>아메리카노를</s></color> <color=#0a0><b>아메리카노</b></color> 한 잔 주세요",
                Corrections.Highlight("아메리카노를 한 잔 주세요", errors, "#d00", "#0a0"));
        }

        [Test]
        public void TheServersCapturedEvaluationIsHighlighted()
        {
            var turn = new DataContractJsonCodec().Deserialize<TurnResult>(Fixtures.Read("turn-failed.json"));
            string marked = Corrections.Highlight("안녕히 가세요", turn.Evaluation.Errors, "red", "green");
            Assert.AreEqual("<color=red><s>안녕히 가세요</s></color> <color=green><b>안녕하세요</b></color>", marked);
        }

        [Test]
        public void ASpanIsMatchedAsAWholeWordBeforeInsideAnotherWord()
        {
            var errors = new List<EvaluationError> { new EvaluationError { Category = "vocabulary", Original = "개", Correction = "장" } };
            Assert.AreEqual("소개 영화표 두 <color=r><s>개</s></color> <color=g><b>장</b></color> 주세요",
                Corrections.Highlight("소개 영화표 두 개 주세요", errors, "r", "g"));
        }

        [Test]
        public void ASpanFoundOnlyInsideAWordIsStillMarked()
        {
            var errors = new List<EvaluationError> { new EvaluationError { Category = "honorific", Original = "줘", Correction = "주세요" } };
            Assert.AreEqual("물 갖다<color=r><s>줘</s></color> <color=g><b>주세요</b></color>",
                Corrections.Highlight("물 갖다줘", errors, "r", "g"));
        }

        [Test]
        public void MissingElementsAreAppended()
        {
            var errors = new List<EvaluationError> { new EvaluationError { Category = "particle_missing", Original = "", Correction = "을" } };
            Assert.AreEqual("물 주세요 <color=g>+ <b>을</b></color>", Corrections.Highlight("물 주세요", errors, "r", "g"));
        }

        [Test]
        public void LearnerTextCannotInjectMarkup()
        {
            string marked = Corrections.Highlight("<size=300>안녕</size>", null, "r", "g");
            StringAssert.DoesNotContain("<size", marked);
        }
    }
}
