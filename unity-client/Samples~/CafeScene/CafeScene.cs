using Koto.Client;
using Koto.Client.Unity;
using UnityEngine;
using UnityEngine.EventSystems;
using UnityEngine.UI;

namespace Koto.Samples
{
    /// <summary>
    /// The café lesson in one component: add it to an empty GameObject in any scene, fill in the server URL and a
    /// learner's credentials, press Play. It builds a minimal UI (subtitles, answer field, Send, hold-to-speak) and
    /// wires KotoSessionBehaviour, TutorSpeaker, VoiceRecorder and SubtitleView together. Replace the UI with your
    /// own 3D scene: the wiring below is all there is to it.
    /// </summary>
    public class CafeScene : MonoBehaviour
    {
        public string serverUrl = "http://localhost:8080";
        public string lesson = "cafe-ordering";
        public string instructionLang = "en";
        public string username = "";
        public string password = "";

        KotoSessionBehaviour koto;
        SubtitleView subtitles;
        InputField answer;

        void Start()
        {
            // components are added to an inactive object so their fields are set before Awake/OnEnable
            var root = new GameObject("Koto");
            root.SetActive(false);
            koto = root.AddComponent<KotoSessionBehaviour>();
            koto.serverUrl = serverUrl;
            koto.lesson = lesson;
            koto.instructionLang = instructionLang;
            koto.username = username;
            koto.password = password;
            koto.playOnStart = true;

            root.AddComponent<AudioSource>();
            var speaker = root.AddComponent<TutorSpeaker>();
            speaker.session = koto;
            var recorder = root.AddComponent<VoiceRecorder>();
            recorder.session = koto;

            var canvas = BuildCanvas();
            subtitles = root.AddComponent<SubtitleView>();
            subtitles.session = koto;
            subtitles.tutorLine = Label(canvas, "Tutor", new Vector2(0, 160), 34);
            subtitles.translation = Label(canvas, "Translation", new Vector2(0, 115), 22);
            subtitles.instruction = Label(canvas, "Instruction", new Vector2(0, 50), 22);
            subtitles.learnerLine = Label(canvas, "Learner", new Vector2(0, -20), 30);
            subtitles.feedback = Label(canvas, "Feedback", new Vector2(0, -85), 22);

            answer = Field(canvas, new Vector2(-110, -170));
            Button(canvas, "Send", new Vector2(170, -170)).onClick.AddListener(Send);
            var talk = Button(canvas, "Hold to speak", new Vector2(0, -235));
            var trigger = talk.gameObject.AddComponent<EventTrigger>();
            On(trigger, EventTriggerType.PointerDown, recorder.Begin);
            On(trigger, EventTriggerType.PointerUp, recorder.EndAndSend);
            recorder.onRecordingStarted.AddListener(() => subtitles.ShowLearnerText("…"));
            koto.onError.AddListener(e => Debug.LogWarning("koto " + e.Code + ": " + e.Detail));

            root.SetActive(true);
        }

        void Send()
        {
            if (string.IsNullOrEmpty(answer.text)) return;
            subtitles.ShowLearnerText(answer.text);
            koto.SendText(answer.text);
            answer.text = "";
        }

        // ---- a minimal uGUI layout, built in code so the sample needs no scene or prefab asset ----

        static Font UiFont { get { return Resources.GetBuiltinResource<Font>("LegacyRuntime.ttf"); } }

        static RectTransform BuildCanvas()
        {
            if (FindObjectOfType<EventSystem>() == null)
            {
                new GameObject("EventSystem", typeof(EventSystem), typeof(StandaloneInputModule));
            }
            var go = new GameObject("Koto UI", typeof(Canvas), typeof(CanvasScaler), typeof(GraphicRaycaster));
            go.GetComponent<Canvas>().renderMode = RenderMode.ScreenSpaceOverlay;
            var scaler = go.GetComponent<CanvasScaler>();
            scaler.uiScaleMode = CanvasScaler.ScaleMode.ScaleWithScreenSize;
            scaler.referenceResolution = new Vector2(1280, 720);
            return (RectTransform)go.transform;
        }

        static Text Label(RectTransform parent, string name, Vector2 position, int size)
        {
            var go = new GameObject(name, typeof(RectTransform), typeof(Text));
            var rect = (RectTransform)go.transform;
            rect.SetParent(parent, false);
            rect.sizeDelta = new Vector2(1100, size * 2.2f);
            rect.anchoredPosition = position;
            var text = go.GetComponent<Text>();
            text.font = UiFont;
            text.fontSize = size;
            text.alignment = TextAnchor.MiddleCenter;
            text.color = Color.white;
            text.supportRichText = true;
            return text;
        }

        static InputField Field(RectTransform parent, Vector2 position)
        {
            var go = new GameObject("Answer", typeof(RectTransform), typeof(Image), typeof(InputField));
            var rect = (RectTransform)go.transform;
            rect.SetParent(parent, false);
            rect.sizeDelta = new Vector2(520, 50);
            rect.anchoredPosition = position;
            var text = Label(rect, "Text", Vector2.zero, 26);
            text.rectTransform.sizeDelta = new Vector2(500, 46);
            text.color = Color.black;
            text.supportRichText = false;
            var field = go.GetComponent<InputField>();
            field.textComponent = text;
            return field;
        }

        static Button Button(RectTransform parent, string caption, Vector2 position)
        {
            var go = new GameObject(caption, typeof(RectTransform), typeof(Image), typeof(Button));
            var rect = (RectTransform)go.transform;
            rect.SetParent(parent, false);
            rect.sizeDelta = new Vector2(200, 50);
            rect.anchoredPosition = position;
            var label = Label(rect, "Label", Vector2.zero, 22);
            label.rectTransform.sizeDelta = new Vector2(200, 50);
            label.text = caption;
            label.color = Color.black;
            return go.GetComponent<Button>();
        }

        static void On(EventTrigger trigger, EventTriggerType type, UnityEngine.Events.UnityAction action)
        {
            var entry = new EventTrigger.Entry { eventID = type };
            entry.callback.AddListener(_ => action());
            trigger.triggers.Add(entry);
        }
    }
}
