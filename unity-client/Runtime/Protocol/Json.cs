using System;
using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;

namespace Koto.Client
{
    /// <summary>
    /// Turns DTOs into JSON text and back. The default is <see cref="DataContractJsonCodec"/>; a Unity project
    /// may plug in Newtonsoft (com.unity.nuget.newtonsoft-json), which honours the same [DataMember] names.
    /// </summary>
    public interface IJsonCodec
    {
        /// <summary>JSON text (UTF-16 string) of a DTO.</summary>
        string Serialize<T>(T value);

        /// <summary>The DTO of a JSON text; unknown properties are ignored, missing ones stay default.</summary>
        /// <exception cref="KotoProtocolException">when the text is not JSON of that shape</exception>
        T Deserialize<T>(string json);
    }

    /// <summary>
    /// <see cref="IJsonCodec"/> on System.Runtime.Serialization's DataContractJsonSerializer: no extra package,
    /// available in Unity's .NET Standard 2.1 profile and in Mono.
    /// </summary>
    public sealed class DataContractJsonCodec : IJsonCodec
    {
        static readonly DataContractJsonSerializerSettings Settings = new DataContractJsonSerializerSettings
        {
            UseSimpleDictionaryFormat = true,
            EmitTypeInformation = System.Runtime.Serialization.EmitTypeInformation.Never
        };

        /// <inheritdoc />
        public string Serialize<T>(T value)
        {
            var serializer = new DataContractJsonSerializer(typeof(T), Settings);
            using (var stream = new MemoryStream())
            {
                serializer.WriteObject(stream, value);
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        /// <inheritdoc />
        public T Deserialize<T>(string json)
        {
            if (string.IsNullOrEmpty(json))
            {
                throw new KotoProtocolException("Expected JSON for " + typeof(T).Name + " but the body is empty.");
            }
            var serializer = new DataContractJsonSerializer(typeof(T), Settings);
            try
            {
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                {
                    return (T)serializer.ReadObject(stream);
                }
            }
            catch (Exception e) when (!(e is KotoProtocolException))
            {
                throw new KotoProtocolException("Could not read " + typeof(T).Name + " from JSON: " + e.Message, e);
            }
        }
    }
}
