// docs: docs.xano.com/xano-ai/template-engine
function "util_template_engine_docs" {
  input {
  }

  stack {
    var $customer {
      value = {firstName: "Ada", lastName: "Lovelace", purchaseCount: 4, isVIP: true}
    }

    var $order {
      value = {type: "hardware", item: "Analytical Engine", deliveryDate: 1735689600000}
    }

    var $promotions {
      value = {VIPDiscount: 15}
    }

    util.template_engine {
      value = """
        Write a personalized email to {{ $customer.firstName }} {{ $customer.lastName }} about their recent {{ $order.type }} purchase.
        - they've ordered {{ $customer.purchaseCount }} times
        - their {{ $order.item }} will be delivered on {{ $order.deliveryDate|date('F j, Y') }}
        {% if $customer.isVIP %}- offer them a {{ $promotions.VIPDiscount }}% discount{% else %}- thank them{% endif %}
        """
    } as $prompt
  }

  response = $prompt
}
