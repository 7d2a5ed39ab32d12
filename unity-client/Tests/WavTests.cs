using System;
using NUnit.Framework;

namespace Koto.Client.Tests
{
    [TestFixture]
    public class WavTests
    {
        [Test]
        public void SpeechWavIs16kMono16BitWithAValidHeader()
        {
            var samples = new float[48000 * 2]; // 1 s of 48 kHz stereo
            for (int i = 0; i < samples.Length; i++) samples[i] = (float)Math.Sin(i * 0.01);
            byte[] wav = Wav.EncodeSpeech(samples, samples.Length, 2, 48000);
            Assert.AreEqual("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
            Assert.AreEqual("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
            Assert.AreEqual(1, BitConverter.ToInt16(wav, 20), "PCM");
            Assert.AreEqual(1, BitConverter.ToInt16(wav, 22), "mono");
            Assert.AreEqual(16000, BitConverter.ToInt32(wav, 24));
            Assert.AreEqual(16, BitConverter.ToInt16(wav, 34));
            Assert.AreEqual(16000 * 2, BitConverter.ToInt32(wav, 40), "1 s of 16-bit samples");
            Assert.AreEqual(wav.Length - 8, BitConverter.ToInt32(wav, 4));
            Assert.AreEqual(1000, Wav.DurationMs(wav));
        }

        [Test]
        public void StereoIsAveragedAndValuesClipped()
        {
            var samples = new float[] { 1f, -1f, 2f, 2f, -3f, -3f };
            byte[] wav = Wav.EncodeSpeech(samples, samples.Length, 2, 16000);
            Assert.AreEqual(0, BitConverter.ToInt16(wav, 44));
            Assert.AreEqual(short.MaxValue, BitConverter.ToInt16(wav, 46));
            Assert.AreEqual(-short.MaxValue, BitConverter.ToInt16(wav, 48));
        }

        [Test]
        public void RecordingsAreCutAtThirtySeconds()
        {
            var samples = new float[44100 * 40];
            byte[] wav = Wav.EncodeSpeech(samples, samples.Length, 1, 44100);
            Assert.AreEqual(30000, Wav.DurationMs(wav));
        }

        [Test]
        public void MultipartBodyHasOneAudioPart()
        {
            byte[] body = Multipart.Build("B", "audio", "answer.wav", "audio/wav", new byte[] { 1, 2, 3 });
            string text = System.Text.Encoding.UTF8.GetString(body);
            StringAssert.StartsWith("--B\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"answer.wav\"\r\nContent-Type: audio/wav\r\n\r\n", text);
            StringAssert.EndsWith("\r\n--B--\r\n", text);
        }
    }
}
