using System;

namespace Koto.Client
{
    /// <summary>
    /// RIFF/WAVE PCM encoding for voice answers: 16-bit little-endian PCM, mono, 16 kHz (what speech
    /// recognizers expect; 30 s ≈ 960 KB). Input is Unity-style float samples in [-1, 1], interleaved.
    /// </summary>
    public static class Wav
    {
        /// <summary>The sample rate voice answers are sent at (Hz).</summary>
        public const int SpeechRate = 16000;

        /// <summary>The longest voice answer the server accepts (seconds).</summary>
        public const int MaxSeconds = 30;

        /// <summary>
        /// A 16 kHz mono 16-bit WAV from interleaved float samples: channels are averaged, the rate converted by
        /// linear interpolation, the length capped at <see cref="MaxSeconds"/>.
        /// </summary>
        /// <param name="samples">interleaved samples in [-1, 1] (values outside are clipped)</param>
        /// <param name="sampleCount">how many of them to use (frames × channels)</param>
        /// <param name="channels">≥ 1</param>
        /// <param name="sampleRate">input rate in Hz, e.g. 44100 or 48000</param>
        public static byte[] EncodeSpeech(float[] samples, int sampleCount, int channels, int sampleRate)
        {
            if (channels < 1) throw new ArgumentOutOfRangeException("channels");
            if (sampleRate < 1) throw new ArgumentOutOfRangeException("sampleRate");
            int frames = Math.Min(sampleCount, samples.Length) / channels;
            var mono = new float[frames];
            for (int f = 0; f < frames; f++)
            {
                float sum = 0;
                for (int c = 0; c < channels; c++) sum += samples[f * channels + c];
                mono[f] = sum / channels;
            }
            long outFrames = (long)frames * SpeechRate / sampleRate;
            outFrames = Math.Min(outFrames, (long)SpeechRate * MaxSeconds);
            var pcm = new short[outFrames];
            double step = (double)sampleRate / SpeechRate;
            for (long i = 0; i < outFrames; i++)
            {
                double pos = i * step;
                int i0 = (int)pos;
                int i1 = Math.Min(i0 + 1, frames - 1);
                double t = pos - i0;
                double v = mono[i0] * (1 - t) + mono[i1] * t;
                pcm[i] = ToShort(v);
            }
            return Encode(pcm, SpeechRate, 1);
        }

        /// <summary>A WAV file of 16-bit PCM samples (interleaved when channels &gt; 1).</summary>
        public static byte[] Encode(short[] pcm, int sampleRate, int channels)
        {
            int dataBytes = pcm.Length * 2;
            var wav = new byte[44 + dataBytes];
            WriteAscii(wav, 0, "RIFF");
            WriteInt(wav, 4, 36 + dataBytes);
            WriteAscii(wav, 8, "WAVE");
            WriteAscii(wav, 12, "fmt ");
            WriteInt(wav, 16, 16);
            WriteShort(wav, 20, 1); // PCM
            WriteShort(wav, 22, (short)channels);
            WriteInt(wav, 24, sampleRate);
            WriteInt(wav, 28, sampleRate * channels * 2);
            WriteShort(wav, 32, (short)(channels * 2));
            WriteShort(wav, 34, 16);
            WriteAscii(wav, 36, "data");
            WriteInt(wav, 40, dataBytes);
            Buffer.BlockCopy(pcm, 0, wav, 44, dataBytes);
            if (!BitConverter.IsLittleEndian)
            {
                for (int i = 44; i + 1 < wav.Length; i += 2) { byte b = wav[i]; wav[i] = wav[i + 1]; wav[i + 1] = b; }
            }
            return wav;
        }

        /// <summary>Duration in ms of a PCM WAV produced by <see cref="Encode"/> (reads the fmt and data headers).</summary>
        public static int DurationMs(byte[] wav)
        {
            if (wav == null || wav.Length < 44) throw new ArgumentException("Not a WAV file: shorter than its header.");
            int byteRate = BitConverter.ToInt32(wav, 28);
            int dataBytes = BitConverter.ToInt32(wav, 40);
            return byteRate == 0 ? 0 : (int)(dataBytes * 1000L / byteRate);
        }

        static short ToShort(double v)
        {
            if (v > 1) v = 1;
            if (v < -1) v = -1;
            return (short)Math.Round(v * short.MaxValue);
        }

        static void WriteAscii(byte[] b, int at, string s)
        {
            for (int i = 0; i < s.Length; i++) b[at + i] = (byte)s[i];
        }

        static void WriteInt(byte[] b, int at, int v)
        {
            b[at] = (byte)v; b[at + 1] = (byte)(v >> 8); b[at + 2] = (byte)(v >> 16); b[at + 3] = (byte)(v >> 24);
        }

        static void WriteShort(byte[] b, int at, short v)
        {
            b[at] = (byte)v; b[at + 1] = (byte)(v >> 8);
        }
    }
}
