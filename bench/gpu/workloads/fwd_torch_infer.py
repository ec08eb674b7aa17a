"""PyTorch inference of a small model (convolutions, batch norm, linear layers) on
fixed-seed weights and inputs, for API forwarding: prints a digest of the outputs and
a few values at full precision, so that a forwarded run can be compared with a native
one byte for byte. Deterministic algorithms only."""
import hashlib
import os

os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
import torch  # noqa: E402

torch.manual_seed(11)
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
torch.backends.cuda.matmul.allow_tf32 = False
torch.backends.cudnn.allow_tf32 = False

model = torch.nn.Sequential(
    torch.nn.Conv2d(3, 16, 3, padding=1), torch.nn.BatchNorm2d(16), torch.nn.ReLU(),
    torch.nn.Conv2d(16, 32, 3, stride=2, padding=1), torch.nn.ReLU(),
    torch.nn.AdaptiveAvgPool2d(4), torch.nn.Flatten(), torch.nn.Linear(512, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10),
).eval()
x = torch.randn(32, 3, 32, 32)
with torch.no_grad():
    model = model.cuda()
    out = model(x.cuda())
    probs = torch.softmax(out, dim=1).cpu()
print("device", torch.cuda.get_device_name(0))
print("digest", hashlib.sha256(probs.numpy().tobytes()).hexdigest())
print("first", repr(float(probs[0, 0])), repr(float(probs[31, 9])))
print("argmax", probs.argmax(dim=1).tolist())
