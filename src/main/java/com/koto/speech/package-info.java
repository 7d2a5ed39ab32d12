/**
 * Speech: speech-to-text for learners' voice answers and text-to-speech for the tutor's lines,
 * behind provider SPIs selected by configuration: Gemini STT/TTS through google-genai, local espeak-ng TTS as
 * the embedded default.
 *
 * <p>API (this package's public types): {@link com.koto.speech.SpeechToText},
 * {@link com.koto.speech.TutorVoice}, {@link com.koto.speech.AudioProbe} and their records. The providers, the
 * TTS SPI, the encoder and the configuration are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Speech")
package com.koto.speech;
