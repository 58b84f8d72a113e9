// The scheduler's two queues, intrusive so that queueing a task never allocates: the links live in fields of the
// task record itself (allocated once, when the task is created).
//
// - TaskFifo: a singly linked FIFO (the run queue, and the waiters of an Event, a Lock or a Task). A node is in at
//   most one FIFO at a time; `queue` says which, so a cancelled waiter can be unlinked.
// - TimerHeap: a pairing heap ordered by (deadline, sequence), so timers that fall due at the same tick run in the
//   order they were set. Push is O(1), Pop and Remove O(log n) amortised. `prev` is the parent for a first child
//   and the left sibling otherwise, which is what Remove needs to cut a node out.
//
// Node is any struct with the fields used below; the asyncio Task record is the real one, the unit test uses a
// plain struct. Header-only and free of the object model, so the logic is tested on its own.
#ifndef MICA_RUNTIME_MODULES_ASYNCIO_TASK_QUEUE_H_
#define MICA_RUNTIME_MODULES_ASYNCIO_TASK_QUEUE_H_

#include <stddef.h>
#include <stdint.h>

namespace mica {
namespace asyncio {

// Node fields: Node* queue_next; TaskFifo<Node>* queue.
template <typename Node>
struct TaskFifo {
  Node* head;
  Node* tail;

  bool Empty() const { return head == nullptr; }

  void PushBack(Node* node) {
    node->queue_next = nullptr;
    node->queue = this;
    if (tail == nullptr) {
      head = node;
    } else {
      tail->queue_next = node;
    }
    tail = node;
  }

  Node* PopFront() {
    Node* node = head;
    if (node == nullptr) return nullptr;
    head = node->queue_next;
    if (head == nullptr) tail = nullptr;
    node->queue_next = nullptr;
    node->queue = nullptr;
    return node;
  }

  // Unlinks `node` if it is in this FIFO (O(n): only cancellation does it).
  bool Remove(Node* node) {
    Node* previous = nullptr;
    for (Node* n = head; n != nullptr; previous = n, n = n->queue_next) {
      if (n != node) continue;
      if (previous == nullptr) {
        head = n->queue_next;
      } else {
        previous->queue_next = n->queue_next;
      }
      if (tail == n) tail = previous;
      n->queue_next = nullptr;
      n->queue = nullptr;
      return true;
    }
    return false;
  }
};

// Node fields: Node* heap_child; Node* heap_next; Node* heap_prev; uint64_t deadline; uint32_t sequence;
// bool in_heap.
template <typename Node>
struct TimerHeap {
  Node* root;
  uint32_t next_sequence;

  bool Empty() const { return root == nullptr; }
  Node* Top() const { return root; }

  void Push(Node* node, uint64_t deadline) {
    node->deadline = deadline;
    node->sequence = next_sequence++;
    node->heap_child = node->heap_next = node->heap_prev = nullptr;
    node->in_heap = true;
    root = Meld(root, node);
  }

  Node* Pop() {
    Node* top = root;
    if (top == nullptr) return nullptr;
    root = MergePairs(top->heap_child);
    Detach(top);
    return top;
  }

  void Remove(Node* node) {
    if (!node->in_heap) return;
    if (node == root) {
      Pop();
      return;
    }
    Node* prev = node->heap_prev;
    if (prev->heap_child == node) {
      prev->heap_child = node->heap_next;
    } else {
      prev->heap_next = node->heap_next;
    }
    if (node->heap_next != nullptr) node->heap_next->heap_prev = prev;
    root = Meld(root, MergePairs(node->heap_child));
    Detach(node);
  }

  static bool Before(const Node* a, const Node* b) {
    if (a->deadline != b->deadline) return a->deadline < b->deadline;
    return static_cast<int32_t>(a->sequence - b->sequence) < 0;
  }

 private:
  static void Detach(Node* node) {
    node->heap_child = node->heap_next = node->heap_prev = nullptr;
    node->in_heap = false;
  }

  // Two standalone roots (next and prev null) -> one.
  static Node* Meld(Node* a, Node* b) {
    if (a == nullptr) return b;
    if (b == nullptr) return a;
    if (Before(b, a)) {
      Node* t = a;
      a = b;
      b = t;
    }
    b->heap_next = a->heap_child;
    if (a->heap_child != nullptr) a->heap_child->heap_prev = b;
    b->heap_prev = a;
    a->heap_child = b;
    a->heap_next = a->heap_prev = nullptr;
    return a;
  }

  // The standard two passes over a sibling list: meld pairs left to right, then fold the pairs right to left.
  static Node* MergePairs(Node* first) {
    Node* pairs = nullptr;  // melded pairs, most recent first (linked through heap_next)
    while (first != nullptr) {
      Node* a = first;
      Node* b = a->heap_next;
      first = b == nullptr ? nullptr : b->heap_next;
      a->heap_next = a->heap_prev = nullptr;
      if (b != nullptr) {
        b->heap_next = b->heap_prev = nullptr;
        a = Meld(a, b);
      }
      a->heap_next = pairs;
      pairs = a;
    }
    Node* result = nullptr;
    while (pairs != nullptr) {
      Node* n = pairs;
      pairs = n->heap_next;
      n->heap_next = nullptr;
      result = Meld(result, n);
    }
    return result;
  }
};

}  // namespace asyncio
}  // namespace mica

#endif  // MICA_RUNTIME_MODULES_ASYNCIO_TASK_QUEUE_H_
