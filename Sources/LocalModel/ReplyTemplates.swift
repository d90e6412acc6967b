/// Replies written without a model: the local provider's drafts and the canned fallback.
public enum ReplyTemplates {
    /// A short acknowledgement in `language` (en, es, de, fr, it; English otherwise) that promises
    /// nothing the store's data does not support.
    public static func acknowledgement(subject: String, language: String) -> String {
        let quoted = subject.isEmpty ? "" : " (\"\(subject.prefix(80))\")"
        switch language {
        case "es":
            return
                "Hola:\n\nGracias por escribirnos\(quoted). Estamos revisando tu caso y te responderemos en breve.\n\nEl equipo de soporte"
        case "de":
            return
                "Hallo,\n\nvielen Dank für Ihre Nachricht\(quoted). Wir prüfen Ihr Anliegen und melden uns in Kürze.\n\nIhr Support-Team"
        case "fr":
            return
                "Bonjour,\n\nmerci pour votre message\(quoted). Nous examinons votre demande et revenons vers vous très vite.\n\nL'équipe support"
        case "it":
            return
                "Buongiorno,\n\ngrazie per il suo messaggio\(quoted). Stiamo verificando la sua richiesta e le risponderemo a breve.\n\nIl team di assistenza"
        default:
            return
                "Hello,\n\nthank you for your message\(quoted). We are looking into it and will get back to you shortly.\n\nThe support team"
        }
    }
}
