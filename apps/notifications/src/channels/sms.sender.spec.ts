import { SmsGateway, SmsMessage } from './sms-gateway';
import { SmsSender } from './sms.sender';

class RecordingGateway implements SmsGateway {
  readonly sent: SmsMessage[] = [];
  async send(message: SmsMessage): Promise<void> {
    this.sent.push(message);
  }
}

describe('SmsSender', () => {
  const deliveryId = '0195f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e';

  it('sends a short message as one GSM-7 SMS referenced by the delivery', async () => {
    const gateway = new RecordingGateway();
    await new SmsSender(gateway).send('+22376000000', '« Orientation » – l’enfant', deliveryId);
    expect(gateway.sent).toEqual([{ to: '+22376000000', text: '" Orientation " - l\'enfant', reference: deliveryId, encoding: 'GSM-7' }]);
  });

  it('sends a long message as numbered parts sharing one concatenation reference', async () => {
    const gateway = new RecordingGateway();
    await new SmsSender(gateway).send('+22376000000', 'é'.repeat(200), deliveryId);
    expect(gateway.sent.map((m) => [m.text.length, m.reference, m.concatenation?.part, m.concatenation?.parts])).toEqual([
      [153, `${deliveryId}:1`, 1, 2],
      [47, `${deliveryId}:2`, 2, 2],
    ]);
    expect(new Set(gateway.sent.map((m) => m.concatenation?.reference)).size).toBe(1);
  });

  it('stops at the first part the gateway refuses, so the delivery is retried', async () => {
    const failing: SmsGateway = { send: jest.fn().mockRejectedValueOnce(new Error('down')) };
    await expect(new SmsSender(failing).send('+22376000000', 'x'.repeat(400), deliveryId)).rejects.toThrow('down');
    expect(failing.send).toHaveBeenCalledTimes(1);
  });
});
