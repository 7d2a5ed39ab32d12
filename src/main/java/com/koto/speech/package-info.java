/**
 * Speech: speech-to-text for learners' voice answers and text-to-speech for the tutor's lines,
 * behind provider SPIs selected by configuration (seed 002's provider pattern): Gemini STT/TTS
 * through google-genai, local espeak-ng TTS as the embedded default. Public surface:
 * {@link com.koto.speech.SpeechToText}, {@link com.koto.speech.TutorVoice} and their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Speech")
package com.koto.speech;
