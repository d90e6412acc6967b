import Domain
import Foundation
import Testing

@Suite("Ticket webhook payloads")
struct TicketWebhookTests {
    static let valid = """
        {"type":"ticket.created","ticket":{"external_id":"ZD-1001","subject":"Where is my order?",
         "customer":{"email":"ana@example.com","name":"Ana"},"order_id":"1042","channel":"email"},
         "message":{"external_id":"m-1","author":"customer","body":"Hi, my order 1042 hasn't arrived","created_at":"2026-11-20T10:00:00Z"}}
        """

    func parse(_ text: String) -> Result<TicketWebhook, PayloadError> {
        Result { () throws(PayloadError) in try TicketWebhook.parse(Array(text.utf8)) }
    }

    func error(_ text: String) -> PayloadError? {
        if case .failure(let e) = parse(text) { return e }
        return nil
    }

    func mutate(_ change: (inout [String: Any]) -> Void) -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(Self.valid.utf8)) as! [String: Any]
        change(&object)
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("the contract's example parses")
    func validPayload() throws {
        let webhook = try parse(Self.valid).get()
        #expect(webhook.type == .ticketCreated)
        #expect(webhook.ticket.externalID == "ZD-1001")
        #expect(webhook.ticket.customer.name == "Ana")
        #expect(webhook.ticket.orderID == "1042")
        #expect(webhook.message.author == .customer)
        #expect(webhook.message.createdAt == Date(timeIntervalSince1970: 1_795_168_800))
    }

    @Test("optional fields may be absent; message_added may omit the subject")
    func optionalFields() throws {
        let minimal = mutate { o in
            o["type"] = "ticket.message_added"
            var t = o["ticket"] as! [String: Any]
            t.removeValue(forKey: "order_id")
            t.removeValue(forKey: "channel")
            t.removeValue(forKey: "subject")
            o["ticket"] = t
        }
        let webhook = try parse(minimal).get()
        #expect(webhook.ticket.subject == nil)
        #expect(webhook.ticket.orderID == nil)
    }

    @Test("malformed JSON, missing fields, wrong types and unknown types name what is wrong")
    func errors() {
        #expect(error("{not json")?.code == .invalidJSON)
        #expect(error("")?.code == .invalidJSON)
        #expect(error("[]")?.code == .invalidField)
        let missing = error(mutate { o in o.removeValue(forKey: "message") })
        #expect(missing?.code == .missingField)
        #expect(missing?.message == "message is required")
        let nested = error(
            mutate { o in
                var t = o["ticket"] as! [String: Any]
                var c = t["customer"] as! [String: Any]
                c.removeValue(forKey: "email")
                t["customer"] = c
                o["ticket"] = t
            })
        #expect(nested?.message == "ticket.customer.email is required")
        let wrongType = error(
            mutate { o in
                var t = o["ticket"] as! [String: Any]
                t["order_id"] = 1042
                o["ticket"] = t
            })
        #expect(wrongType?.code == .invalidField)
        #expect(wrongType?.message == "ticket.order_id must be a string")
        let unknown = error(mutate { o in o["type"] = "ticket.deleted" })
        #expect(unknown?.code == .unknownEventType)
        let noSubject = error(
            mutate { o in
                var t = o["ticket"] as! [String: Any]
                t.removeValue(forKey: "subject")
                o["ticket"] = t
            })
        #expect(noSubject?.code == .missingField)
        let badAuthor = error(
            mutate { o in
                var m = o["message"] as! [String: Any]
                m["author"] = "bot"
                o["message"] = m
            })
        #expect(badAuthor?.message == "message.author must be customer or agent")
        let badDate = error(
            mutate { o in
                var m = o["message"] as! [String: Any]
                m["created_at"] = "yesterday"
                o["message"] = m
            })
        #expect(badDate?.code == .invalidField)
        let empty = error(
            mutate { o in
                var m = o["message"] as! [String: Any]
                m["body"] = "   "
                o["message"] = m
            })
        #expect(empty?.message == "message.body must not be empty")
    }

    @Test("error messages never echo customer values")
    func noEcho() {
        let e = error(
            mutate { o in
                var m = o["message"] as! [String: Any]
                m["created_at"] = "ana@example.com"
                o["message"] = m
            })
        #expect(e?.message.contains("ana@example.com") == false)
    }
}
