// Each SMS provider's request as its documentation shows it, and its answers classified for the outbox.
import { classifySms, smsRequest } from '../../../src/adapters/sms/providers';
import { classifyWhatsApp } from '../../../src/adapters/whatsapp/cloudApi';

const message = { to: '966551112233', text: 'استلمنا طلبك' };

describe('requests', () => {
  test('Unifonic: form-encoded AppSid, SenderID, Recipient, Body to /rest/SMS/messages', () => {
    const r = smsRequest({ provider: 'unifonic', sender: 'ESRAR' }, 'app-sid', message, '1448-00001:ack');
    expect(r.url).toBe('https://el.cloud.unifonic.com/rest/SMS/messages');
    expect(r.contentType).toBe('application/x-www-form-urlencoded');
    const fields = Object.fromEntries(new URLSearchParams(r.payload));
    expect(fields).toMatchObject({ AppSid: 'app-sid', SenderID: 'ESRAR', Recipient: '966551112233', Body: 'استلمنا طلبك', CorrelationID: '1448-00001:ack' });
  });

  test('Taqnyat: bearer token, JSON recipients, body, sender', () => {
    const r = smsRequest({ provider: 'taqnyat', sender: 'RUSOOKH' }, 'tok', message, 'x');
    expect(r.url).toBe('https://api.taqnyat.sa/v1/messages');
    expect(r.headers.Authorization).toBe('Bearer tok');
    expect(JSON.parse(r.payload)).toEqual({ recipients: ['966551112233'], body: 'استلمنا طلبك', sender: 'RUSOOKH' });
  });

  test('Msegat: userName, apiKey, numbers, userSender, msg, msgEncoding UTF8', () => {
    const r = smsRequest({ provider: 'msegat', sender: 'Qurainah', userName: 'q-admin' }, 'key', message, 'x');
    expect(r.url).toBe('https://www.msegat.com/gw/sendsms.php');
    expect(JSON.parse(r.payload)).toEqual({ userName: 'q-admin', numbers: '966551112233', userSender: 'Qurainah', apiKey: 'key', msg: 'استلمنا طلبك', msgEncoding: 'UTF8' });
  });

  test('the plain JSON POST goes to the configured address with a bearer token', () => {
    const r = smsRequest({ provider: 'json', sender: 'MAFATIH', url: 'https://sms.example/send' }, 'k', message, 'ref');
    expect(r.url).toBe('https://sms.example/send');
    expect(JSON.parse(r.payload)).toEqual({ to: '966551112233', from: 'MAFATIH', text: 'استلمنا طلبك', reference: 'ref' });
  });
});

describe('answers', () => {
  test('success carries the gateway id', () => {
    expect(classifySms('unifonic', 200, JSON.stringify({ success: true, errorCode: 'ER-00', data: { MessageID: 42 } }), 'r', 'k')).toEqual({ ok: true, gatewayId: '42' });
    expect(classifySms('taqnyat', 201, JSON.stringify({ statusCode: 201, messageId: 7 }), 'r', 'k')).toEqual({ ok: true, gatewayId: '7' });
    expect(classifySms('msegat', 200, JSON.stringify({ code: '1', message: 'Success', id: 9 }), 'r', 'k')).toEqual({ ok: true, gatewayId: '9' });
    expect(classifySms('json', 201, JSON.stringify({ id: 'm-1' }), 'r', 'k')).toEqual({ ok: true, gatewayId: 'm-1' });
  });

  test('429 and 5xx are transient; a refusal refuses; an empty balance is the day quota', () => {
    expect(classifySms('taqnyat', 429, '{}', 'r', 'k')).toMatchObject({ ok: false, failure: 'transient' });
    expect(classifySms('msegat', 503, '<html>', 'r', 'k')).toMatchObject({ ok: false, failure: 'transient' });
    expect(classifySms('unifonic', 200, JSON.stringify({ success: false, errorCode: 'ER-03', message: 'Invalid recipient number' }), 'r', 'k')).toMatchObject({ ok: false, failure: 'refused' });
    expect(classifySms('msegat', 200, JSON.stringify({ code: '1060', message: 'Balance is not enough' }), 'r', 'k')).toMatchObject({ ok: false, failure: 'quota' });
    expect(classifySms('unifonic', 200, JSON.stringify({ success: false, errorCode: 'ER-04', message: 'Insufficient balance' }), 'r', 'k')).toMatchObject({ ok: false, failure: 'quota' });
  });

  test('a key the gateway echoes never reaches the detail the outbox stores', () => {
    const result = classifySms('msegat', 200, JSON.stringify({ code: 'M0002', message: 'Invalid login info for apiKey secret-123' }), 'r', 'secret-123');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret-123');
  });

  test("WhatsApp: the message id, Meta's throughput limit transient, an undeliverable number refused", () => {
    expect(classifyWhatsApp(200, JSON.stringify({ messages: [{ id: 'wamid.X' }] }), 't')).toEqual({ ok: true, gatewayId: 'wamid.X' });
    expect(classifyWhatsApp(429, JSON.stringify({ error: { code: 130429, message: 'Rate limit hit' } }), 't')).toMatchObject({ failure: 'transient' });
    expect(classifyWhatsApp(400, JSON.stringify({ error: { code: 131026, message: 'Message undeliverable' } }), 't')).toMatchObject({ failure: 'refused' });
    expect(classifyWhatsApp(404, JSON.stringify({ error: { code: 132001, message: 'Template name does not exist' } }), 't')).toMatchObject({ failure: 'refused' });
  });
});
